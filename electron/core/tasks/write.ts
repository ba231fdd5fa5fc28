import * as campaigns from '../campaigns/repo'
import type { Ctx } from '../context'
import * as repo from './repo'

/** A task to write: what it says and the units it names (牵头 first, then 配合), as the list or the form gave them. */
export type NewTask = Omit<repo.TaskInsert, 'id' | 'campaignId' | 'importBatchId'>

/**
 * The one writer of new tasks, for an imported list and a task typed in by hand: each task with
 * its units in order, and every registered unit they name joins the campaign's units, so 各有关单位
 * means them too. Runs inside the caller's transaction; returns the new tasks' ids.
 */
export function writeTasks(ctx: Ctx, campaignId: string, tasks: readonly NewTask[], at: string, by: string): string[] {
  const ids = tasks.map((t) => {
    const id = ctx.newId()
    repo.insertTask(ctx.db, { ...t, id, campaignId, importBatchId: null }, at, by)
    return id
  })
  const named = tasks.flatMap((t) => t.units.map((u) => u.unitId).filter((u): u is string => u !== null))
  campaigns.addUnits(ctx.db, campaignId, [...new Set(named)], { at, by, newId: ctx.newId })
  return ids
}
