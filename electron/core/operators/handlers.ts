import { z } from 'zod'
import { handler } from '../registry'
import { flag } from '../validation'
import { operatorCreateSchema, operatorUpdateSchema, operatorVoidSchema, signInSchema } from './schema'
import { createOperator, currentDuty, listOperators, signIn, updateOperator, voidOperator } from './service'

export const operatorHandlers = [
  handler('operators/list', z.strictObject({ includeVoided: flag('含已停用').default(false) }), (args, ctx) => listOperators(ctx, args.includeVoided)),
  handler('operators/create', operatorCreateSchema, (args, ctx) => createOperator(ctx, args)),
  handler('operators/update', operatorUpdateSchema, (args, ctx) => updateOperator(ctx, args)),
  handler('operators/void', operatorVoidSchema, (args, ctx) => voidOperator(ctx, args)),
  handler('operators/signIn', signInSchema, (args, ctx) => signIn(ctx, args)),
  handler('operators/current', z.strictObject({}), (_args, ctx) => currentDuty(ctx)),
]
