import type { OnDuty, Operator, OperatorCreate, OperatorUpdate, OperatorVoid, SignInArgs } from './schema'

/** The office's operators and who is on duty in this program. */
export interface OperatorsContract {
  'operators/list': { args: { includeVoided?: boolean }; result: Operator[] }
  'operators/create': { args: OperatorCreate; result: Operator }
  'operators/update': { args: OperatorUpdate; result: Operator }
  'operators/void': { args: OperatorVoid; result: Operator }
  /** Chooses the operator on duty (with the PIN when the operator has one). */
  'operators/signIn': { args: SignInArgs; result: OnDuty }
  'operators/current': { args: Record<string, never>; result: OnDuty }
}
