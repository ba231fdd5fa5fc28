import { z } from 'zod'
import { flag, id, isoDate, oneOf, requiredText, text } from '../../validation'
import { documentKindCodes, type DocumentKindCode } from '../types'

/** 草稿 → 审核 (checked) → 签发 (signed: a registered, numbered document); 作废 leaves the way. */
export const draftStatuses = ['draft', 'reviewed', 'signed', 'voided'] as const
export type DraftStatus = (typeof draftStatuses)[number]
export const draftStatusLabels: Record<DraftStatus, string> = { draft: '草稿', reviewed: '已审核', signed: '已签发', voided: '已作废' }

const data = z.record(z.string(), z.unknown(), { error: '文书内容必须是字段列表' })

export const draftSaveSchema = z.strictObject({
  /** Omitted: a new draft. Given: the draft to change (only while it is a 草稿). */
  id: id('草稿').optional(),
  kind: oneOf('文书种类', documentKindCodes),
  data,
  caseId: id('隐患').optional(),
  subjectId: id('监管对象').optional(),
  interviewId: id('约谈').optional(),
  supervisionId: id('督办').optional(),
  recheck: z.strictObject({ newDeadline: isoDate('新的整改期限').optional(), escalate: flag('升级处理').default(false) }).optional(),
})

/** 审核: passed on to 签发, or returned to the drafter with what to change. */
export const draftReviewSchema = z.strictObject({
  id: id('草稿'),
  approve: flag('审核意见'),
  note: text('审核意见', 200).default(''),
})

export const draftIdSchema = z.strictObject({ id: id('草稿') })
export const draftVoidSchema = z.strictObject({ id: id('草稿'), reason: requiredText('作废原因', 200) })
export const draftListSchema = z.strictObject({ status: oneOf('状态', [...draftStatuses, 'open'] as const).default('open'), caseId: id('隐患').optional() })

export interface DocumentDraftRecord {
  id: string
  kind: DocumentKindCode
  kindName: string
  title: string
  data: Record<string, unknown>
  caseId: string | null
  /** The hazard's 编号, and to whom the document goes: what tells one draft of a kind from another. */
  caseNumber: string | null
  recipient: string
  subjectId: string | null
  status: DraftStatus
  draftedBy: string
  draftedAt: string
  reviewedBy: string | null
  reviewedAt: string | null
  signedBy: string | null
  signedAt: string | null
  /** What the reviewer asked to change when returning it. */
  returnedNote: string | null
  documentId: string | null
  /** The 文号 it got at 签发, or the one it would get if signed now (not reserved). */
  number: string | null
  voidReason: string | null
  updatedAt: string
}

export type DraftSaveArgs = z.input<typeof draftSaveSchema>
export type DraftSaveInput = z.output<typeof draftSaveSchema>
export type DraftReviewArgs = z.input<typeof draftReviewSchema>
export type DraftListArgs = z.input<typeof draftListSchema>
export type DraftVoidArgs = z.input<typeof draftVoidSchema>
