import { stamp } from '../audit'
import type { IdFactory } from '../clock'
import { stmt } from '../cases/sql'
import type { Ctx } from '../context'
import type { Db } from './open'

/**
 * A set of link rows that a form edits whole: a campaign's units and stages, a 报送 rhythm's
 * listed units, an incident's cases. `columns` are what a link says besides its owner; two links
 * saying the same are the same link.
 */
export interface LinkSet {
  table: 'campaign_units' | 'campaign_stages' | 'report_rhythm_units' | 'fire_incident_cases'
  owner: string
  columns: readonly string[]
}

type Link = Readonly<Record<string, string | null>>

/** Who writes the links; `reason` is what a link that goes is voided with. */
export interface LinkEdit {
  at: string
  by: string
  newId: IdFactory
  reason: string
}

export const linkEdit = (ctx: Ctx, reason: string): LinkEdit => ({ ...stamp(ctx), newId: ctx.newId, reason })

const keyOf = (set: LinkSet, link: Link): string => JSON.stringify(set.columns.map((c) => link[c] ?? null))

function live(db: Db, set: LinkSet, ownerId: string): (Link & { id: string })[] {
  return stmt(db, `SELECT id, ${set.columns.join(', ')} FROM ${set.table} WHERE ${set.owner} = ? AND voided_at IS NULL ORDER BY rowid`).all(ownerId) as (Link & {
    id: string
  })[]
}

/** Adds the links the owner does not have yet; those it has stay as they were. */
export function addLinks(db: Db, set: LinkSet, ownerId: string, links: readonly Link[], edit: Omit<LinkEdit, 'reason'>): void {
  const have = new Set(live(db, set, ownerId).map((l) => keyOf(set, l)))
  const insert = stmt(
    db,
    `INSERT INTO ${set.table} (id, ${set.owner}, ${set.columns.join(', ')}, created_at, created_by) VALUES (${Array(set.columns.length + 4).fill('?').join(', ')})`,
  )
  for (const link of links) {
    const key = keyOf(set, link)
    if (have.has(key)) continue
    have.add(key)
    insert.run(edit.newId(), ownerId, ...set.columns.map((c) => link[c] ?? null), edit.at, edit.by)
  }
}

/**
 * Makes the owner's live links exactly `links`. Nothing is deleted: a link that goes is voided
 * with who, when and why, so the ledger still says who was in the set before the edit; a link
 * that stays keeps its row and the stamps of when it was made.
 */
export function setLinks(db: Db, set: LinkSet, ownerId: string, links: readonly Link[], edit: LinkEdit): void {
  const wanted = new Set(links.map((l) => keyOf(set, l)))
  const drop = stmt(db, `UPDATE ${set.table} SET voided_at = ?, void_reason = ?, voided_by = ? WHERE id = ?`)
  for (const l of live(db, set, ownerId)) if (!wanted.has(keyOf(set, l))) drop.run(edit.at, edit.reason, edit.by, l.id)
  addLinks(db, set, ownerId, links, edit)
}
