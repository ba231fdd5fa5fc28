import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { liveCampaign } from '../campaigns/service'
import { inTx, type Ctx } from '../context'
import { notFound } from '../errors'
import * as units from '../responsible-units/repo'
import { dueOf } from './due'
import type { Task, taskCreateSchema } from './schema'
import { getTask } from './service'
import { writeTasks, type NewTask } from './write'

/** A unit the form chose: a live registered unit, or a group written as the lists write it. */
function unitRef(ctx: Ctx, role: 'lead' | 'helper', field: string) {
  return (value: string, n: number): NewTask['units'][number] => {
    const group = /^group:(villages|campaign_units)$/.exec(value)?.[1] as 'villages' | 'campaign_units' | undefined
    if (group !== undefined) return { role, name: group === 'villages' ? '各村（社区）' : '各有关单位', unitId: null, group }
    const u = units.get(ctx.db, value)
    if (!u || u.voidedAt !== null) throw notFound(role === 'lead' ? '牵头单位' : '配合单位', `${field}.${n}`)
    return { role, name: u.name, unitId: u.id, group: null }
  }
}

/** A task typed in by hand, numbered after the campaign's last: written as an imported one is. */
export function createTask(ctx: Ctx, a: z.output<typeof taskCreateSchema>): Task {
  return inTx(ctx, () => {
    const campaign = liveCampaign(ctx, a.campaignId, 'campaignId')
    const due = dueOf(campaign, a.dueText, a.deadline)
    const lead = a.lead.map(unitRef(ctx, 'lead', 'lead'))
    const helpers = a.helpers.map(unitRef(ctx, 'helper', 'helpers')).filter((h) => !lead.some((l) => l.name === h.name))
    const seq = (ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM tasks WHERE campaign_id = ? AND voided_at IS NULL').pluck().get(campaign.id) as number)
    const { at, by } = stamp(ctx)
    const [id] = writeTasks(ctx, campaign.id, [{ seq, title: a.title, content: a.content, ...due, units: [...lead, ...helpers] }], at, by)
    audit(ctx, { action: 'create', entity: 'task', entityId: id!, data: { ...a, seq } })
    return getTask(ctx, id!)
  })
}
