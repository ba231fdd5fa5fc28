import { z } from 'zod'
import { stripListNumber } from '../../text'
import { parseArgs, requiredText, text } from '../../validation'
import { formatDate, stripControlDeep } from '../format'
import { titleLines } from '../title-lines'
import type { DocumentFormat, DocumentKind, DocumentKindCode, RenderSettings, TagSpec, TemplateView } from '../types'

/*
 * Field builders shared by the kinds, and defineKind, which joins a kind's schema, tags, view and
 * fixture into one DocumentKind. Data arrives as ISO dates and plain text; the view is what the
 * template shows (2024年3月5日, numbered items).
 */

export const docNumber = () => requiredText('文号', 60)

/** Date-time of an appointment, e.g. 2024-03-12T09:30. */
export const isoDateTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label}格式应为 YYYY-MM-DDTHH:mm`)
    .refine((s) => !Number.isNaN(new Date(`${s}:00Z`).getTime()) && new Date(`${s}:00Z`).toISOString().startsWith(s), `${label}不是有效时间`)

/**
 * Paragraphs: a list, or one text whose lines are the paragraphs (a textarea); blank lines are
 * dropped, and at least one paragraph is required.
 */
export const paragraphs = (label: string, maxEach = 2000) =>
  z
    .union([z.string(), z.array(z.string({ error: `${label}的每一段必须是文字` }))], { error: `请填写${label}` })
    .transform((v) => (Array.isArray(v) ? v : v.split('\n')).map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(z.string().max(maxEach, `${label}每段不能超过${maxEach}个字`)).min(1, `请填写${label}`))

export const dateText = (iso: string): string => formatDate(iso)

/** 1. 2. 3. items: `{#name}{index}.{text}{/name}`; a number typed at the start of an item is list numbering, not text. */
export const numbered = (items: readonly string[]): TemplateView[] => items.map((t, i) => ({ index: String(i + 1), text: stripListNumber(t) }))

export const numberedTag = (name: string, label: string): TagSpec => ({
  name,
  label: `${label}（逐条编号）`,
  type: 'rows',
  columns: [
    { name: 'index', label: '序号', type: 'text' },
    { name: 'text', label: '内容', type: 'text' },
  ],
})

/** 抄送 list: optional; the 版记 row disappears when it is empty. */
export const copyTo = () => text('抄送', 200).default('')
export const copyToView = (s: string): TemplateView => {
  const list = s.replace(/[。；，、\s]+$/u, '')
  return { hasCopyTo: list !== '', copyTo: list }
}
export const copyToTags: readonly TagSpec[] = [
  { name: 'hasCopyTo', label: '有抄送机关时显示（版记的抄送行）', type: 'flag' },
  { name: 'copyTo', label: '抄送机关（末尾的句号由模板加）', type: 'text' },
]

const settingsTags: readonly TagSpec[] = [
  { name: 'officeName', label: '发文机关全称（在“设置”中填写）', type: 'text' },
  { name: 'officeMark', label: '发文机关标志，文件格式文头的红字（在“设置”中填写，未填时为发文机关全称加“文件”）', type: 'text' },
  { name: 'officeTitle', label: '发文机关全称，作标题排（过长时在词间回行）', type: 'text' },
  { name: 'hasContact', label: '设置了联系人或联系电话时显示', type: 'flag' },
  { name: 'contactPerson', label: '联系人（在“设置”中填写）', type: 'text' },
  { name: 'contactPhone', label: '联系电话（在“设置”中填写）', type: 'text' },
  { name: 'printedBy', label: '印发机关（在“文书设置”中填写，未填时同发文机关）', type: 'text' },
]

function settingsView(s: RenderSettings): TemplateView {
  return {
    officeName: s.officeName,
    officeMark: (s.officeMark ?? '').trim() === '' ? `${s.officeName}文件` : (s.officeMark ?? ''),
    officeTitle: titleLines(s.officeName, [s.officeName]),
    hasContact: s.contactPerson.trim() !== '' || s.contactPhone.trim() !== '',
    contactPerson: s.contactPerson,
    contactPhone: s.contactPhone,
    printedBy: s.docPrintedBy.trim() === '' ? s.officeName : s.docPrintedBy,
  }
}

export interface KindDef<S extends z.ZodType> {
  readonly code: DocumentKindCode
  readonly name: string
  readonly format: DocumentFormat
  readonly schema: S
  /** the kind's own tags; the settings' tags are added */
  readonly tags: readonly TagSpec[]
  readonly fixture: z.input<S>
  readonly view: (data: z.output<S>) => TemplateView
}

const formatNames: Record<DocumentFormat, string> = { file: '文件格式', letter: '信函格式', form: '文书表单' }

export function defineKind<S extends z.ZodType>(def: KindDef<S>): DocumentKind {
  return {
    code: def.code,
    name: def.name,
    format: def.format,
    formatName: formatNames[def.format],
    tags: [...def.tags, ...settingsTags],
    fixture: def.fixture as Readonly<Record<string, unknown>>,
    parse: (data) => parseArgs(def.schema, stripControlDeep(data)) as Readonly<Record<string, unknown>>,
    view: (data, settings) => {
      const s = stripControlDeep(settings) as RenderSettings
      const view = { ...settingsView(s), ...def.view(parseArgs(def.schema, stripControlDeep(data))) }
      return typeof view.title === 'string' ? { ...view, title: titleLines(view.title, namesIn(view, s)) } : view
    },
  }
}

/** Names a title must not split: the office's and the unit's the document is about. */
function namesIn(view: TemplateView, s: RenderSettings): string[] {
  return [s.officeName, view.subjectName, view.recipient].filter((n): n is string => typeof n === 'string' && n !== '')
}
