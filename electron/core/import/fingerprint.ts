import { createHash } from 'node:crypto'
import type { ImportKind } from './schema'
import type { UnitDraft } from './unit'
import { matchKey } from './values/text'

const hash = (parts: readonly string[]): string => createHash('sha256').update(parts.map(matchKey).join('\u0001')).digest('hex')

/**
 * What makes a row the same row when a ledger is imported again. Layout, mapping, spacing and
 * full-width digits do not matter. A unit is its credit code, else its name and address.
 */
export const unitFingerprint = (u: UnitDraft): string =>
  hash(u.creditCode === '' ? ['subjects', u.name, u.address] : ['subjects', u.creditCode])

/**
 * A hazard is its unit's name and address, the day it was found and what it is. A later change
 * of its outcome in the ledger does not make it a new hazard: it is followed up in FireDesk.
 */
export const hazardFingerprint = (u: UnitDraft, h: { foundDate: string; description: string }): string =>
  hash(['cases' satisfies ImportKind, u.name, u.address, h.foundDate, h.description])
