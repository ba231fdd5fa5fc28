import type { Ctx } from '../../context'
import { formatDateZh } from '../../dates'
import { notFound } from '../../errors'
import { localDateTimeZh } from '../../reports/format'
import { pageNumberFooters, title } from '../ooxml/blocks'
import { cell, mm, para, row, run, table, type Border } from '../ooxml/ooxml'
import { LINE, TEXT_WIDTH, buildDocx } from '../ooxml/package'
import { SMALL } from '../ooxml/styles'
import { kindOf } from '../kinds'
import { fileNameOf } from '../register/files'
import * as documents from '../register/repo'
import type { DocumentFile } from '../register/types'
import { sha256Of } from '../../templates/store'
import type { RenderSettings } from '../types'
import * as drafts from './repo'

/*
 * 发文稿纸 (发文处理笺): the sheet kept with the file copy that records who drafted, checked and
 * signed a document, and when. GB/T 9704 keeps these names off a 下行文 itself, so they live here.
 * The names and times come only from what the program recorded: the sign-off of the draft, or,
 * for a document issued in one step, the operator on duty at issue. A typed name is never shown
 * as a signature.
 */

export const NOT_SIGNED_OFF = '未经审签'

export interface SheetStep {
  readonly label: string
  /** null: the step was not taken (the document was issued without it) */
  readonly name: string | null
  readonly at: string | null
}

export interface SheetFacts {
  readonly officeName: string
  readonly number: string | null
  readonly title: string
  readonly kindName: string
  readonly recipient: string
  readonly issueDate: string
  readonly steps: readonly SheetStep[]
  readonly note: string
}

const thin: Border = { val: 'single', sz: 4, space: 0, color: '000000' }
// 四号 characters are 4.9 mm: 拟稿（经办） and 2026年12月6日13时20分 each keep one line.
const LABEL = mm(36)
const TIME_LABEL = mm(18)
const TIME = mm(66)
const NAME = TEXT_WIDTH - LABEL - TIME_LABEL - TIME
const ROW = mm(12)

const text = (s: string, align: 'left' | 'center' = 'left'): string => para(run(s, SMALL), { line: LINE, mark: SMALL, align })
const label = (s: string, width = LABEL): string => cell(text(s, 'center'), { width, vAlign: 'center' })
const wide = (name: string, value: string) => row([label(name), cell(text(value), { width: TEXT_WIDTH - LABEL, span: 3, vAlign: 'center' })], { minHeight: ROW })
const pair = (a: string, av: string, b: string, bv: string) =>
  row([label(a), cell(text(av), { width: NAME, vAlign: 'center' }), label(b, TIME_LABEL), cell(text(bv), { width: TIME, vAlign: 'center' })], { minHeight: ROW })

/** The sheet on the GB/T 9704 page: the office's 稿纸 title, then one ruled table. */
export function signOffSheetDocx(f: SheetFacts): Buffer {
  const rows = [
    wide('文号', f.number ?? '（不编文号）'),
    wide('标题', f.title),
    wide('主送', f.recipient),
    wide('文种', f.kindName),
    wide('成文日期', formatDateZh(f.issueDate)),
    ...f.steps.map((s) => pair(s.label, s.name ?? NOT_SIGNED_OFF, '时间', s.at === null ? '—' : localDateTimeZh(s.at))),
    pair('印数', '', '附件', ''),
    wide('备注', f.note),
  ]
  const content =
    title(`${f.officeName}发文稿纸`) +
    para('', { line: LINE }) +
    table({ widths: [LABEL, NAME, TIME_LABEL, TIME], rows, borders: { top: thin, left: thin, bottom: thin, right: thin, insideH: thin, insideV: thin } }) +
    para('', { line: LINE })
  return buildDocx(content, pageNumberFooters())
}

const STEP_LABELS = ['拟稿（经办）', '核稿（审核）', '签发'] as const

/** Each step's operator and time as recorded, or null for a step not taken. */
function stepsOf(d: documents.DocumentRow, draft: drafts.DraftRow | undefined): [SheetStep['name'], SheetStep['at']][] {
  if (draft) return [[draft.drafted_by, draft.drafted_at], [draft.reviewed_by, draft.reviewed_at], [draft.signed_by, draft.signed_at]]
  if (d.one_person === 1) return [[d.drafted_by, d.created_at], [d.reviewed_by, d.created_at], [d.signed_by, d.created_at]]
  return [[d.drafted_by, d.created_at], [null, null], [null, null]]
}

/**
 * What the program recorded for a document. Signed through 草稿 → 审核 → 签发: each step's
 * operator and time. Issued in one step where one person may do every step: the operator on
 * duty on each line, at the time of issue. Issued before the program recorded the sign-off (its
 * 审核人 and 签发人 were typed): the 经办 at the time of issue, and 未经审签 for the rest.
 */
export function sheetFacts(ctx: Ctx, documentId: string): SheetFacts {
  const d = documents.get(ctx.db, documentId)
  const frozen = documents.frozen(ctx.db, documentId)
  if (!d || !frozen) throw notFound('文书', 'id')
  const settings = JSON.parse(frozen.settings) as RenderSettings
  const draft = drafts.byDocument(ctx.db, documentId)
  const steps = stepsOf(d, draft).map(([name, at], i) => ({ label: STEP_LABELS[i] ?? '', name, at }))
  const how = draft
    ? '经草稿、审核、签发程序出具'
    : d.one_person === 1
      ? '一人办理：经办、审核、签发由同一人在出具时一并完成'
      : `${NOT_SIGNED_OFF}：本文书出具时未记录审核、签发（一步出具）`
  const voided = d.status === 'voided' ? `；已作废，原因：${d.void_reason ?? ''}` : ''
  return {
    officeName: settings.officeName,
    number: d.number,
    title: d.title,
    kindName: kindOf(d.kind).name,
    recipient: d.recipient,
    issueDate: d.issue_date,
    steps,
    note: `${how}${voided}`,
  }
}

/** The 发文稿纸 of a registered document, named by its 文号 (or title) and 发文稿纸. */
export function signOffSheet(ctx: Ctx, documentId: string): DocumentFile {
  const facts = sheetFacts(ctx, documentId)
  const bytes = signOffSheetDocx(facts)
  return { fileName: fileNameOf(`${facts.number ?? facts.title} 发文稿纸`), sha256: sha256Of(bytes), base64: bytes.toString('base64') }
}
