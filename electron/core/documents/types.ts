import type { Settings } from '../settings/schema'

/** The document kinds FireDesk issues (DOMAIN.md); each has one template in templates/. */
export const documentKindCodes = [
  'rectification_notice',
  'recheck_opinion',
  'warning_letter',
  'notice_letter',
  'interview_notice',
  'interview_minutes',
  'supervision_notice',
  'circular',
  'quarterly_report',
] as const
export type DocumentKindCode = (typeof documentKindCodes)[number]

/** GB/T 9704 文件格式 (red head), 信函格式 (letter with double lines), or an enforcement form. */
export type DocumentFormat = 'file' | 'letter' | 'form'


/**
 * The settings a template may show: the office's name, its contact, and who prints (印发) its
 * documents; and whether documents are sealed (署名 centred over the date) or not (署名 右空二字).
 * officeMark and docSealed are optional: documents issued before they existed froze their
 * settings without them.
 */
export type RenderSettings = Pick<Settings, 'officeName' | 'contactPerson' | 'contactPhone' | 'docPrintedBy'> & Partial<Pick<Settings, 'officeMark' | 'docSealed'>>

/**
 * A tag a template may use, as shown to staff who edit templates:
 * - text: `{name}`;
 * - paras: one paragraph per item, written as `{#name}`, `{.}`, `{/name}` on three lines;
 * - rows: repeated table rows (`{#name}` in the first cell, `{/name}` in the last) or repeated
 *   groups of paragraphs, with the tags of each item in `columns`;
 * - flag: a condition, `{#name}…{/name}` shows its content only when it is true;
 * - picture: a picture the kind draws (a chart), written `{@name}` alone in its paragraph.
 */
export type TagSpec =
  | { readonly name: string; readonly label: string; readonly type: 'text' | 'paras' | 'flag' | 'picture' }
  | { readonly name: string; readonly label: string; readonly type: 'rows'; readonly columns: readonly TagSpec[] }

/** What docxtemplater receives: strings, booleans, lists of strings, lists of items. */
export type TemplateValue = string | boolean | readonly string[] | readonly TemplateView[]
export interface TemplateView {
  readonly [tag: string]: TemplateValue
}

/** One document kind: its names, its data (validated), its tags, and sample data. */
export interface DocumentKind {
  readonly code: DocumentKindCode
  readonly name: string
  readonly format: DocumentFormat
  /** 文件格式, 信函格式 or 文书表单, as staff see it */
  readonly formatName: string
  /** Every tag its template may use, the office's settings included. */
  readonly tags: readonly TagSpec[]
  /** Realistic sample data: the template check renders with it; staff see it as an example. */
  readonly fixture: Readonly<Record<string, unknown>>
  /** Validates `data` (AppError naming the field): the data as the kind's schema leaves it (defaults filled, control characters stripped). */
  parse(data: unknown): Readonly<Record<string, unknown>>
  /** Validates `data` (AppError naming the field) and turns it into the template's values. */
  view(data: unknown, settings: RenderSettings): TemplateView
}
