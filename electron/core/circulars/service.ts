import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { overdueShortDefinition } from '../cases/overdue'
import { daysBetween } from '../dates'
import { inTx, type Ctx } from '../context'
import { formatDateZh } from '../dates'
import { AppError } from '../errors'
import { liveCase } from '../escalation/links'
import { assertCampaign } from '../inspections/rules'
import { formDraft, issueDateOf, issueStep } from '../escalation/register'
import * as steps from '../escalation/repo'
import { loadSettings } from '../settings/service'
import { dueWords, laggingOf, recordSteps } from '../tasks/ladder'
import type { UnitLagging } from '../tasks/schema'
import * as repo from './repo'
import type { AreaLag, CircularDraft, circularDraftSchema, CircularFigures, CircularIssued, circularIssueSchema, Ratio, UnitLag } from './schema'

const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  percent: denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10,
})

const percentText = (r: Ratio): string => (r.percent === null ? '—' : `${r.percent}%`)

/** Units named in a circular at most; the rest stay in the ledger and the next circular. */
const MAX_UNITS = 50

function figuresOf(c: repo.PeriodCounts): CircularFigures {
  return {
    unitsChecked: c.unitsChecked,
    found: c.found,
    closedInPeriod: c.closedInPeriod,
    rate: ratio(c.foundClosed, c.found),
    majorFound: c.majorFound,
    majorClosed: c.majorClosed,
    overdueAtEnd: c.overdueAtEnd,
    underSupervision: c.underSupervision,
    interviewsHeld: c.interviewsHeld,
    warningLetters: c.warningLetters,
    noticeLetters: c.noticeLetters,
  }
}

/**
 * Villages ranked worst first: by hazards overdue at the period's end, then by open major hazards.
 * The worst (the first, with any tied with it) is named for criticism when it has overdue hazards.
 */
export function rankAreas(rows: readonly repo.AreaCountsRow[]): AreaLag[] {
  const ranked = [...rows].sort((a, b) => b.overdue - a.overdue || b.open_major - a.open_major)
  const worst = ranked[0]
  return ranked.map((r, i) => ({
    areaId: r.area_id,
    areaName: r.area_name,
    found: r.found,
    closed: r.closed,
    rate: ratio(r.closed, r.found),
    overdueAtEnd: r.overdue,
    majorOverdue: r.major_overdue,
    openMajor: r.open_major,
    rank: i + 1,
    lagging: worst !== undefined && worst.overdue > 0 && r.overdue === worst.overdue && r.open_major === worst.open_major,
  }))
}

/** 「逾期未整改隐患较多的村（社区）依次为：…」 for the villages with overdue hazards, worst first. */
function rankingText(areas: readonly AreaLag[]): string {
  const listed = areas.filter((a) => a.overdueAtEnd > 0)
  if (listed.length === 0) return '各村（社区）均无逾期未整改隐患。'
  const item = (a: AreaLag) => `${a.areaName}（逾期${a.overdueAtEnd}处${a.openMajor > 0 ? `，未销号重大火灾隐患${a.openMajor}处` : ''}）`
  return `按逾期未整改隐患数、未销号重大火灾隐患数排序，存在逾期未整改隐患的村（社区）依次为：${listed.map(item).join('、')}。`
}

function unitsOf(rows: readonly repo.LaggingCaseRow[], to: string): UnitLag[] {
  const bySubject = new Map<string, UnitLag>()
  for (const r of rows) {
    const u = bySubject.get(r.subject_id) ?? { subjectId: r.subject_id, subjectName: r.subject_name, areaName: r.area_name, overdueCases: 0, majorOverdue: 0, maxOverdueDays: 0, caseIds: [] }
    u.overdueCases++
    if (r.severity === 'major') u.majorOverdue++
    u.maxOverdueDays = Math.max(u.maxOverdueDays, daysBetween(r.deadline, to))
    u.caseIds.push(r.id)
    bySubject.set(r.subject_id, u)
  }
  return [...bySubject.values()].sort((a, b) => b.majorOverdue - a.majorOverdue || b.maxOverdueDays - a.maxOverdueDays).slice(0, MAX_UNITS)
}

/** 「任务推进滞后」: each unit named from the lagging panel, with its overdue tasks as of today. */
function taskSection(taskUnits: readonly UnitLagging[], today: string) {
  const line = (u: UnitLagging) =>
    `${u.unitName}：${u.tasks.map((t) => `《${t.campaignName}》任务清单第${t.seq}项（时限${dueWords(t)}，逾期${t.daysOverdue}天）`).join('；')}。`
  return { heading: '任务推进滞后', paras: [`截至${formatDateZh(today)}，以下单位有专项行动任务逾期未完成：`, ...taskUnits.map(line)].join('\n') }
}

function documentData(from: string, to: string, f: CircularFigures, areas: readonly AreaLag[], units: readonly UnitLag[], taskUnits: readonly UnitLagging[], copyTo: string, today: string) {
  const span = `${formatDateZh(from)}至${formatDateZh(to)}`
  const named = [...areas.filter((a) => a.lagging).map((a) => a.areaName), ...units.map((u) => u.subjectName), ...taskUnits.map((u) => u.unitName)]
  return {
    title: `关于${span}消防安全隐患排查整治工作情况的通报`,
    recipients: '各村（社区），镇属各部门，有关单位',
    intro: `${span}，各村（社区）、镇属各部门认真落实消防安全工作部署，扎实开展消防安全隐患排查整治。现将有关情况通报如下：`,
    sections: [
      {
        heading: '基本情况',
        paras:
          `期间，全镇共检查单位（场所）${f.unitsChecked}家，发现消防安全隐患${f.found}处，其中已整改销号${f.rate.numerator}处，整改率${percentText(f.rate)}（已销号数÷发现数）；` +
          `发现重大火灾隐患${f.majorFound}处，已整改${f.majorClosed}处。截至${formatDateZh(to)}，逾期未整改隐患${f.overdueAtEnd}处（${overdueShortDefinition}），挂牌督办${f.underSupervision}处。` +
          `期间共发出警示函${f.warningLetters}份、函告${f.noticeLetters}份，约谈${f.interviewsHeld}次。\n${rankingText(areas)}`,
      },
      ...(taskUnits.length === 0 ? [] : [taskSection(taskUnits, today)]),
      {
        heading: '通报批评',
        paras:
          named.length === 0
            ? '本期没有需要通报批评的村（社区）和单位。'
            : `对隐患整改不力、存在逾期未整改隐患${taskUnits.length === 0 ? '' : '或专项行动任务推进滞后'}的${named.join('、')}予以通报批评。`,
      },
      {
        heading: '下步工作要求',
        paras: [
          '各村（社区）要对逾期隐患逐一建立销号台账，落实属地管理责任，限期整改到位。',
          '被通报的单位要立即落实整改措施，并将整改情况书面报送镇消安委办。',
        ].join('\n'),
      },
    ],
    copyTo,
    date: today,
  }
}

function assertPast(ctx: Ctx, to: string): void {
  const today = ctx.clock.today()
  if (to > today) throw new AppError('VALIDATION', `截止日期不能晚于今天（${formatDateZh(today)}）`, 'to')
}

/** The 工作通报 of a period drafted from the ledger: figures, lagging villages and units, and the text to edit. */
export function draftCircular(ctx: Ctx, input: z.output<typeof circularDraftSchema>): CircularDraft {
  assertPast(ctx, input.to)
  const settings = loadSettings(ctx.db)
  const figures = figuresOf(repo.periodCounts(ctx.db, input.from, input.to))
  const areas = rankAreas(repo.areaCounts(ctx.db, input.from, input.to))
  const units = unitsOf(repo.laggingCases(ctx.db, input.to, settings.circularAfterDays), input.to)
  assertCampaign(ctx, input.campaignId)
  const taskUnits = laggingOf(ctx, input.taskUnitIds, input.campaignId ?? null, 'taskUnitIds')
  const data = documentData(input.from, input.to, figures, areas, units, taskUnits, settings.docCopyTo, ctx.clock.today())
  return { from: input.from, to: input.to, figures, areas, units, taskUnits, document: formDraft(ctx, 'circular', data) }
}

/** Issues the circular through the register and records it on every case of the units it names. */
export function issueCircular(ctx: Ctx, input: z.output<typeof circularIssueSchema>): CircularIssued {
  return inTx(ctx, () => {
    assertPast(ctx, input.to)
    const caseIds = [...new Set(input.caseIds)]
    caseIds.forEach((id, n) => liveCase(ctx, id, `caseIds.${n}`))
    const issued = issueStep(ctx, { kind: 'circular', data: input.data, caseIds, event: 'circular' })
    const date = issueDateOf(ctx, issued.documentId)
    const { at, by } = stamp(ctx)
    for (const caseId of caseIds) steps.insertStep(ctx.db, { documentId: issued.documentId, caseId, rung: 'circular', date }, at, by)
    assertCampaign(ctx, input.campaignId)
    const taskUnits = laggingOf(ctx, [...new Set(input.taskUnitIds)], input.campaignId ?? null, 'taskUnitIds')
    for (const u of taskUnits) recordSteps(ctx, u, 'circular', { documentId: issued.documentId })
    if (input.campaignId !== undefined) ctx.db.prepare('UPDATE documents SET campaign_id = ? WHERE id = ?').run(input.campaignId, issued.documentId)
    const taskUnitIds = taskUnits.map((u) => u.unitId)
    audit(ctx, { action: 'circular', entity: 'escalation', entityId: issued.documentId, data: { from: input.from, to: input.to, caseIds, taskUnitIds, number: issued.number } })
    return { ...issued, caseIds, taskUnitIds }
  })
}
