import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { onDuty } from './duty'
import { hashPin, pinMatches, PIN_LOCK_MS, PIN_TRIES } from './pin'
import * as repo from './repo'
import type { OnDuty, Operator, operatorCreateSchema, operatorUpdateSchema, operatorVoidSchema, signInSchema } from './schema'

const publicOf = ({ pinSalt: _s, pinHash: _h, failedPins: _f, ...o }: repo.OperatorRecord): Operator => o

function live(ctx: Ctx, id: string): repo.OperatorRecord {
  const o = repo.get(ctx.db, id)
  if (!o || o.voidedAt !== null) throw notFound('操作员', 'id')
  return o
}

function assertNameFree(ctx: Ctx, name: string, self?: string): void {
  const other = repo.findLiveByName(ctx.db, name)
  if (other && other.id !== self) throw new AppError('CONFLICT', `已有名为「${name}」的操作员`, 'name')
}

export const listOperators = (ctx: Ctx, includeVoided: boolean): Operator[] => repo.list(ctx.db, includeVoided).map(publicOf)

export function createOperator(ctx: Ctx, input: z.output<typeof operatorCreateSchema>): Operator {
  return inTx(ctx, () => {
    assertNameFree(ctx, input.name)
    const id = ctx.newId()
    const pin = input.pin === '' ? null : hashPin(input.pin)
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, { name: input.name, roles: input.roles, pinSalt: pin?.salt ?? null, pinHash: pin?.hash ?? null }, at, by)
    audit(ctx, { action: 'create', entity: 'operator', entityId: id, data: { name: input.name, roles: input.roles, pin: pin !== null } })
    return publicOf(live(ctx, id))
  })
}

export function updateOperator(ctx: Ctx, input: z.output<typeof operatorUpdateSchema>): Operator {
  return inTx(ctx, () => {
    const before = live(ctx, input.id)
    const name = input.name ?? before.name
    if (name !== before.name) assertNameFree(ctx, name, before.id)
    const pin = input.pin === undefined ? null : input.pin === '' ? { salt: null, hash: null } : hashPin(input.pin)
    const { at, by } = stamp(ctx)
    repo.update(
      ctx.db,
      before.id,
      { name, roles: input.roles ?? before.roles, pinSalt: pin ? pin.salt : before.pinSalt, pinHash: pin ? pin.hash : before.pinHash },
      at,
      by,
    )
    const data = { name: { from: before.name, to: name }, roles: { from: before.roles, to: input.roles ?? before.roles }, pinChanged: pin !== null }
    audit(ctx, { action: 'update', entity: 'operator', entityId: before.id, data })
    return publicOf(live(ctx, before.id))
  })
}

export function voidOperator(ctx: Ctx, input: z.output<typeof operatorVoidSchema>): Operator {
  return inTx(ctx, () => {
    const before = live(ctx, input.id)
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, before.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'operator', entityId: before.id, data: { name: before.name, reason: input.reason } })
    if (ctx.session.operatorId === before.id) ctx.session.operatorId = null
    return publicOf(repo.get(ctx.db, before.id) ?? before)
  })
}

const secondsLeft = (until: string, now: string): number => Math.max(1, Math.ceil((Date.parse(until) - Date.parse(now)) / 1000))

/**
 * Chooses the operator on duty. A PIN, when the operator has one, must match; after five wrong
 * ones in a row the operator waits a minute. The count of wrong tries is saved even though the
 * call then fails, so restarting the program does not reset it.
 */
export function signIn(ctx: Ctx, input: z.output<typeof signInSchema>): OnDuty {
  const o = live(ctx, input.id)
  const now = ctx.clock.now()
  if (o.lockedUntil !== null && o.lockedUntil > now) {
    throw new AppError('FORBIDDEN', `PIN已连续输错${PIN_TRIES}次，请${secondsLeft(o.lockedUntil, now)}秒后再试`, 'pin')
  }
  if (o.pinSalt !== null && o.pinHash !== null && !pinMatches(input.pin, o.pinSalt, o.pinHash)) {
    const failed = o.failedPins + 1
    const locked = failed >= PIN_TRIES
    inTx(ctx, () => repo.setPinFailures(ctx.db, o.id, locked ? 0 : failed, locked ? new Date(Date.parse(now) + PIN_LOCK_MS).toISOString() : null))
    throw new AppError(
      'FORBIDDEN',
      locked ? `PIN已连续输错${PIN_TRIES}次，请1分钟后再试` : `PIN不正确，还可以再试${PIN_TRIES - failed}次`,
      'pin',
    )
  }
  return inTx(ctx, () => {
    if (o.failedPins > 0 || o.lockedUntil !== null) repo.setPinFailures(ctx.db, o.id, 0, null)
    ctx.session.operatorId = o.id
    audit(ctx, { action: 'signIn', entity: 'operator', entityId: o.id, data: { name: o.name } })
    return onDuty(ctx.db, o.id)
  })
}

export const currentDuty = (ctx: Ctx): OnDuty => onDuty(ctx.db, ctx.session.operatorId)

/** Refuses a sign-off step the operator on duty has no role for, naming the role needed. */
export function requireRole(ctx: Ctx, role: OnDuty['roles'][number], label: string): OnDuty {
  const duty = currentDuty(ctx)
  if (!duty.roles.includes(role)) {
    throw new AppError('FORBIDDEN', `当班操作员「${duty.name}」没有${label}权限，请在顶栏切换为有${label}权限的操作员`, 'operator')
  }
  return duty
}
