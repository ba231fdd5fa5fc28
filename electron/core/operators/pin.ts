import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

/** Wrong PINs in a row before the operator must wait, and how long. */
export const PIN_TRIES = 5
export const PIN_LOCK_MS = 60_000

export function hashPin(pin: string): { salt: string; hash: string } {
  const salt = randomBytes(16).toString('hex')
  return { salt, hash: scryptSync(pin, salt, 32).toString('hex') }
}

export function pinMatches(pin: string, salt: string, hash: string): boolean {
  return timingSafeEqual(scryptSync(pin, salt, 32), Buffer.from(hash, 'hex'))
}
