import type { DocumentKindCode, TagSpec } from '../documents/types'

/** A kind's template as the templates page lists it. */
export interface TemplateInfo {
  kind: DocumentKindCode
  name: string
  formatName: string
  /** staff's own copy is in use (otherwise the one shipped with FireDesk) */
  custom: boolean
  sha256: string
  size: number
  /** when staff's copy was put in place (ISO instant), null for the shipped one */
  replacedAt: string | null
  /** earlier copies kept aside when replaced or restored */
  previousCopies: number
  tags: readonly TagSpec[]
}

/** One problem of an uploaded template, in Chinese, with the tag and the text around it. */
export interface TemplateProblemInfo {
  level: 'error' | 'warning'
  tag: string | null
  /** 正文, 页眉 or 页脚 */
  where: string
  context: string
  message: string
}

export interface TemplateCheckResult {
  /** no error (warnings allowed) */
  ok: boolean
  problems: TemplateProblemInfo[]
}

export interface TemplateReplaceResult extends TemplateCheckResult {
  /** the copy is now in use; false when the check found errors (nothing changed) */
  accepted: boolean
  template: TemplateInfo
}

export interface TemplateFile {
  fileName: string
  sha256: string
  base64: string
}
