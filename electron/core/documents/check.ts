import InspectModule from 'docxtemplater/js/inspect-module.js'
import type PizZip from 'pizzip'
import { isAppError } from '../errors'
import { kindOf } from './kinds'
import { newDocxtemplater, openTemplate, renderView } from './render'
import { sampleSettings } from './sample'
import { problem, translateTemplateError, type TemplateProblem } from './template-errors'
import { partText, tagEnd, templatedParts, type PartText } from './template-text'
import type { DocumentKindCode, TagSpec } from './types'

/*
 * The check a template must pass before staff's own copy replaces the shipped one. Every problem
 * names the tag and the text around it, in Chinese; any error refuses the template.
 */

export interface TemplateCheck {
  /** true when there is no error (warnings allowed) */
  readonly ok: boolean
  readonly problems: readonly TemplateProblem[]
}

interface TagPart {
  type: string
  value: string
  module?: string
  offset?: number
  subparsed?: TagPart[]
}

/** ｛name｝ typed with a Chinese input method looks like a tag but is plain text. */
function fullWidthBraces(p: PartText): TemplateProblem[] {
  const out: TemplateProblem[] = []
  for (const m of p.text.matchAll(/｛[^｛｝{}]{0,40}｝|[｛｝]/g)) {
    const start = m.index
    const shown = m[0]
    const fixed = shown.replace('｛', '{').replace('｝', '}')
    out.push(problem('error', p, [start, start + shown.length], shown, `「${shown}」用了全角大括号（中文输入法打出的），不是字段；请切换到英文输入法改为「${fixed}」`))
  }
  return out
}

/** Text boxes drift in WPS and Word; the head must be paragraphs with borders. */
function textBoxes(zip: PizZip, file: string): TemplateProblem[] {
  const xml = zip.file(file)?.asText() ?? ''
  return [...xml.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)].map((m) => {
    const text = [...(m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
    const box: PartText = { file, text, paragraphStarts: [0] }
    return problem('warning', box, [0, Math.min(text.length, 30)], null, '这段内容放在了文本框里。发文机关标志、文号和红色分隔线应使用段落和段落边框，文本框在 WPS 和 Word 中位置会漂移')
  })
}

const find = (name: string, scopes: readonly (readonly TagSpec[])[]): TagSpec | undefined => {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const hit = scopes[i]?.find((t) => t.name === name)
    if (hit) return hit
  }
  return undefined
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length] ?? 0
}

/** A typo's likely intended tag: within two edits, or differing only in case. */
function suggestion(name: string, scopes: readonly (readonly TagSpec[])[]): string {
  const near = scopes
    .flat()
    .filter((t) => t.name !== '.' && (distance(t.name.toLowerCase(), name.toLowerCase()) <= 2))
    .sort((a, b) => distance(a.name, name) - distance(b.name, name))[0]
  return near ? `，是不是「${near.name}」（${near.label}）？` : '（可用的字段见字段列表）'
}

const itemScope = (t: TagSpec): readonly TagSpec[] => {
  if (t.type === 'rows') return t.columns
  if (t.type === 'paras') return [{ name: '.', label: '段落', type: 'text' }]
  return []
}

/** Tags the kind does not know, and tags used in the wrong way (a list as text, text as a list). */
function unknownTags(parts: readonly TagPart[], scopes: readonly (readonly TagSpec[])[], p: PartText, out: TemplateProblem[]): void {
  for (const part of parts) {
    if (part.type !== 'placeholder') continue
    const at: [number, number] | null = part.offset === undefined ? null : [part.offset, tagEnd(p, part.offset)]
    const spec = find(part.value, scopes)
    if (part.module === 'loop') {
      if (!spec) out.push(problem('error', p, at, `#${part.value}`, `「${part.value}」不是本文书的字段，不能用作循环 {#${part.value}}${suggestion(part.value, scopes)}`))
      // The tags inside an unknown loop cannot be judged: its items are unknown too.
      if (spec) unknownTags(part.subparsed ?? [], [...scopes, itemScope(spec)], p, out)
    } else if (part.module === 'rawxml' && spec?.type === 'picture') {
      // a picture the kind draws itself ({@drawing}): its paragraph is generated, never typed data
    } else if (part.module !== undefined) {
      out.push(problem('error', p, at, part.value, `不支持这种写法的字段「${part.value}」，字段应写成 {字段名}`))
    } else if (!spec) {
      const detail =
        part.value === '.'
          ? '{.} 只能写在段落循环里（{#段落字段} 与 {/段落字段} 之间）'
          : `字段「${part.value}」不是本文书的字段${suggestion(part.value, scopes)}`
      out.push(problem('error', p, at, part.value, detail))
    } else if (spec.type !== 'text') {
      out.push(problem('error', p, at, part.value, `「${part.value}」（${spec.label}）要写成循环：{#${part.value}} 和 {/${part.value}}`))
    }
  }
}

export function checkTemplate(kind: DocumentKindCode, template: Uint8Array): TemplateCheck {
  const def = kindOf(kind)
  const result = (problems: TemplateProblem[]): TemplateCheck => ({ ok: problems.every((x) => x.level !== 'error'), problems })
  let zip: PizZip
  try {
    zip = openTemplate(template)
  } catch (e) {
    if (!isAppError(e)) throw e
    return result([problem('error', null, null, null, e.message)])
  }
  const files = templatedParts(zip)
  if (!files.includes('word/document.xml')) return result([problem('error', null, null, null, '文件里没有 Word 正文（word/document.xml），不是有效的 .docx 模板')])
  const texts = new Map(files.map((f) => [f, partText(zip, f)]))
  const problems: TemplateProblem[] = []
  for (const [file, p] of texts) problems.push(...fullWidthBraces(p), ...textBoxes(zip, file))

  const inspect = new InspectModule()
  try {
    newDocxtemplater(zip, [inspect])
  } catch (e) {
    const translated = translateTemplateError(e, zip)
    if (!translated) throw e
    return result([...problems, ...translated])
  }
  for (const [file, p] of texts) unknownTags(inspect.getStructuredTags(file) as TagPart[], [def.tags], p, problems)
  if (problems.some((x) => x.level === 'error')) return result(problems)

  try {
    renderView(template, def.view(def.fixture, sampleSettings))
  } catch (e) {
    if (!isAppError(e)) throw e
    problems.push(problem('error', null, null, e.field ?? null, `用示例数据生成文书时出错：${e.message}`))
  }
  return result(problems)
}
