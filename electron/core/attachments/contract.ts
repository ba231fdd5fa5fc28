import type { AttachArgs, Attachment, AttachmentContent, AttachmentListArgs, AttachmentVoid } from './schema'

export interface AttachmentsContract {
  'cases/attach': { args: AttachArgs; result: Attachment }
  'cases/attachments': { args: AttachmentListArgs; result: Attachment[] }
  'cases/voidAttachment': { args: AttachmentVoid; result: Attachment }
  /** The bytes of one attachment (for the web harness; the desktop app streams them over its protocol). */
  'cases/attachmentContent': { args: { id: string }; result: AttachmentContent }
}
