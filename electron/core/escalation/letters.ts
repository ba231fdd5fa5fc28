import type { z } from 'zod'
import * as areas from '../areas/repo'
import type { Area } from '../areas/schema'
import { audit, stamp } from '../audit'
import { addDays } from '../dates'
import type { Case } from '../cases/schema'
import { inTx, type Ctx } from '../context'
import { formatDateZh } from '../dates'
import { AppError } from '../errors'
import { liveCase } from './links'
import { formDraft, issueDateOf, issueStep } from './register'
import * as repo from './repo'
import type { IssuedStep, LetterDraft, letterDraftSchema, letterIssueSchema, LetterRung } from './schema'

/*
 * 预警 and 函告 from the ledger. A 警示函 goes to the unit itself, so its cases must be one unit's;
 * a 函告 goes to the village or community the cases lie in, so they must be one area's.
 */

const kinds = { warning: 'warning_letter', letter: 'notice_letter' } as const

const trimEnd = (s: string): string => s.replace(/[。；;，,\s]+$/u, '')

function openCases(ctx: Ctx, ids: readonly string[], rung: LetterRung): Case[] {
  const list = [...new Set(ids)].map((id, n) => {
    const c = liveCase(ctx, id, `caseIds.${n}`)
    if (c.status === 'closed') throw new AppError('ILLEGAL_STATE', `隐患 ${c.number} 已销号，不需要${rung === 'warning' ? '预警' : '函告'}`, `caseIds.${n}`)
    return c
  })
  const [first] = list
  if (!first) throw new AppError('VALIDATION', '请至少选择一条隐患', 'caseIds')
  if (rung === 'warning' && list.some((c) => c.subjectId !== first.subjectId)) {
    throw new AppError('VALIDATION', '警示函只发给一个单位，请选择同一单位的隐患', 'caseIds')
  }
  if (rung === 'letter' && list.some((c) => c.areaId !== first.areaId)) {
    throw new AppError('VALIDATION', '函告只发给一个村(社区)，请选择同一村(社区)的隐患', 'caseIds')
  }
  return list
}

/** The 村民委员会 or 社区居民委员会 a 函告 is addressed to. */
export function committeeOf(a: Pick<Area, 'name' | 'areaType'>): string {
  if (a.areaType === 'village') return `${a.name}村民委员会`
  if (a.areaType === 'community') return `${a.name}居民委员会`
  return a.name
}

const overdueText = (c: Case): string => (c.overdueDays > 0 ? `，已逾期${c.overdueDays}天` : '')

function warningData(list: readonly Case[], today: string): Record<string, unknown> {
  const [first] = list
  return {
    recipient: first?.subjectName ?? '',
    facts: list
      .map((c) => `${formatDateZh(c.foundDate)}检查发现你单位${trimEnd(c.description)}，责令于${formatDateZh(c.deadline)}前整改，至今仍未整改到位${overdueText(c)}。`)
      .join('\n'),
    risks: list.some((c) => c.severity === 'major')
      ? '上述问题属于重大火灾隐患，长期未整改，一旦发生火灾，极易造成群死群伤和重大财产损失。'
      : '上述隐患长期未整改，一旦发生火灾，极易造成人员伤亡和财产损失。',
    requirements: list.map((c) => trimEnd(c.requirement)).join('\n'),
    deadline: addDays(today, 7),
    date: today,
  }
}

function letterData(list: readonly Case[], area: Area, today: string): Record<string, unknown> {
  return {
    title: `关于督促加快${area.name}消防安全隐患整改的函`,
    recipient: committeeOf(area),
    matter: [
      `经我办检查，你${area.areaType === 'community' ? '社区' : '村'}辖区内下列消防安全隐患已超过整改期限，仍未整改到位：`,
      ...list.map((c, n) => `${n + 1}. ${c.subjectName}：${trimEnd(c.description)}（隐患编号${c.number}，整改期限${formatDateZh(c.deadline)}${overdueText(c)}）。`),
    ].join('\n'),
    requests: ['落实属地管理责任，由主要负责人牵头，逐一上门督促有关单位立即整改。', '对拒不整改的，及时报送镇消安委办依法处理。', '整改情况请书面函复我办。'].join('\n'),
    replyDeadline: addDays(today, 7),
    date: today,
  }
}

function areaOf(ctx: Ctx, c: Case): Area {
  const a = areas.get(ctx.db, c.areaId)
  if (!a) throw new AppError('NOT_FOUND', '隐患所属村(社区)不存在', 'caseIds')
  return a
}

export function draftLetter(ctx: Ctx, input: z.output<typeof letterDraftSchema>): LetterDraft {
  const list = openCases(ctx, input.caseIds, input.rung)
  const today = ctx.clock.today()
  const [first] = list
  const data = input.rung === 'warning' || !first ? warningData(list, today) : letterData(list, areaOf(ctx, first), today)
  return { ...formDraft(ctx, kinds[input.rung], data), rung: input.rung, caseIds: list.map((c) => c.id) }
}

/** Issues the 警示函 or 函告 through the register and records the step on every case it names. */
export function issueLetter(ctx: Ctx, input: z.output<typeof letterIssueSchema>): IssuedStep {
  return inTx(ctx, () => {
    const list = openCases(ctx, input.caseIds, input.rung)
    const issued = issueStep(ctx, {
      kind: kinds[input.rung],
      data: input.data,
      caseIds: list.map((c) => c.id),
      subjectId: input.rung === 'warning' ? list[0]?.subjectId : undefined,
      event: input.rung === 'warning' ? 'warningLetter' : 'noticeLetter',
    })
    const date = issueDateOf(ctx, issued.documentId)
    const { at, by } = stamp(ctx)
    for (const c of list) repo.insertStep(ctx.db, { documentId: issued.documentId, caseId: c.id, rung: input.rung, date }, at, by)
    audit(ctx, { action: input.rung, entity: 'escalation', entityId: issued.documentId, data: { caseIds: list.map((c) => c.id), number: issued.number } })
    return issued
  })
}
