import type { z } from 'zod'
import * as cases from '../cases/repo'
import type { Ctx } from '../context'
import { notFound } from '../errors'
import type { Settings } from '../settings/schema'
import { loadSettings } from '../settings/service'
import { daysOverdue, proposeSteps, standingOf } from './ladder'
import * as repo from './repo'
import { ladderSettingKeys, rungs, type CaseLadder, type LadderSettings, type Proposal, type ProposalPage, type proposalsSchema, type Rung } from './schema'

export const ladderSettingsOf = (s: Settings): LadderSettings =>
  Object.fromEntries(ladderSettingKeys.map((k) => [k, s[k]])) as LadderSettings

/** How many proposals there are of each rung. */
export function countByRung(list: readonly Proposal[]): Record<Rung, number> {
  const out = Object.fromEntries(rungs.map((r) => [r, 0])) as Record<Rung, number>
  for (const p of list) out[p.rung]++
  return out
}

/** Every proposal for the open overdue cases that match, the most overdue first. */
export function allProposals(ctx: Ctx, f: { caseId?: string | undefined; areaId?: string | undefined }): Proposal[] {
  const today = ctx.clock.today()
  const settings = ladderSettingsOf(loadSettings(ctx.db))
  const overdue = repo.overdueCases(ctx.db, today, f)
  const steps = f.caseId === undefined ? repo.allSteps(ctx.db) : new Map([[f.caseId, repo.stepsOf(ctx.db, f.caseId)]])
  const out: Proposal[] = []
  for (const c of overdue) {
    const proposed = proposeSteps(c, steps.get(c.id) ?? [], today, settings)
    if (proposed.length === 0) continue
    const facts = {
      caseId: c.id,
      caseNumber: c.number,
      subjectId: c.subject_id,
      subjectName: c.subject_name,
      areaId: c.area_id,
      areaName: c.area_name,
      severity: c.severity,
      status: c.status,
      deadline: c.deadline,
      overdueDays: daysOverdue(c, today),
    }
    for (const p of proposed) out.push({ ...facts, ...p })
  }
  // The overdue cases come oldest deadline first, so the order is already the most overdue first.
  return out
}

export function proposals(ctx: Ctx, f: z.output<typeof proposalsSchema>): ProposalPage {
  const all = allProposals(ctx, f)
  const matching = f.rung === undefined ? all : all.filter((p) => p.rung === f.rung)
  const start = (f.page - 1) * f.pageSize
  return {
    today: ctx.clock.today(),
    total: matching.length,
    byRung: countByRung(all),
    rows: matching.slice(start, start + f.pageSize),
    page: f.page,
    pageSize: f.pageSize,
  }
}

/** Where a case stands on the ladder, the steps it took, and what is proposed next. */
export function caseLadder(ctx: Ctx, caseId: string): CaseLadder {
  const today = ctx.clock.today()
  const c = cases.get(ctx.db, caseId, today)
  if (!c) throw notFound('隐患', 'caseId')
  const settings = ladderSettingsOf(loadSettings(ctx.db))
  const history = repo.stepsOf(ctx.db, caseId)
  return {
    caseId,
    open: c.status !== 'closed' && c.status !== 'voided',
    today,
    overdueDays: daysOverdue(c, today),
    standing: standingOf(history),
    circulated: history.some((s) => s.rung === 'circular'),
    history,
    proposals: proposeSteps(c, history, today, settings),
    settings,
  }
}
