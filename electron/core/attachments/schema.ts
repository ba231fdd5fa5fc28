import { z } from 'zod'
import { flag, id, oneOf, requiredText } from '../validation'

export const attachmentPhases = ['before', 'after', 'other'] as const
export type AttachmentPhase = (typeof attachmentPhases)[number]
export const attachmentPhaseLabels: Record<AttachmentPhase, string> = { before: '整改前', after: '整改后', other: '其他' }

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

export const attachSchema = z.strictObject({
  caseId: id('隐患'),
  phase: oneOf('附件类型', attachmentPhases).default('other'),
  fileName: requiredText('文件名', 200),
  /** The file's bytes, base64-encoded (IPC and HTTP both carry JSON). */
  dataBase64: z.string({ error: '文件内容必须是 base64 文字' }).min(1, '文件为空'),
})
export const attachmentListSchema = z.strictObject({ caseId: id('隐患'), includeVoided: flag('包含已作废').default(false) })
export const attachmentGetSchema = z.strictObject({ id: id('附件') })
export const attachmentVoidSchema = z.strictObject({ id: id('附件'), reason: requiredText('作废原因', 200) })

export type AttachArgs = z.input<typeof attachSchema>
export type AttachmentListArgs = z.input<typeof attachmentListSchema>
export type AttachmentVoid = z.input<typeof attachmentVoidSchema>

export interface Attachment {
  id: string
  caseId: string
  /** Content address: the file lives at <data folder>/attachments/<first 2>/<rest>. */
  sha256: string
  size: number
  /** Sniffed from the bytes, not taken from the name. */
  mime: string
  originalName: string
  phase: AttachmentPhase
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  createdBy: string
}

export interface AttachmentContent {
  id: string
  mime: string
  originalName: string
  dataBase64: string
}
