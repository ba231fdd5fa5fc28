import type PizZip from 'pizzip'
import { partName, partText, surroundings, tagEnd, type PartText } from './template-text'

/*
 * docxtemplater reports template mistakes in English, several at once (a "multi error"). Staff
 * need each one in Chinese, with the tag and the text around it so they can find it in Word.
 */

export interface TemplateProblem {
  /** error: the template cannot be used; warning: it works but does not follow the format */
  readonly level: 'error' | 'warning'
  /** the tag concerned, without braces (e.g. "#rows"), when there is one */
  readonly tag: string | null
  /** 正文, 页眉 or 页脚 */
  readonly where: string
  /** the text around the problem, as it reads in Word */
  readonly context: string
  /** the whole explanation, e.g. 正文「…{#rows}…」：循环「rows」没有结束标记 {/rows} */
  readonly message: string
}

export function problem(level: TemplateProblem['level'], p: PartText | null, at: readonly [number, number] | null, tag: string | null, detail: string): TemplateProblem {
  const where = p ? partName(p.file) : '文档'
  const context = p && at ? surroundings(p, at[0], at[1]) : ''
  return { level, tag, where, context, message: context ? `${where}「${context}」：${detail}` : `${where}：${detail}` }
}

interface DxtErrorProperties {
  id?: string
  xtag?: string
  offset?: number | number[]
  file?: string
  openingtag?: string
  closingtag?: string
  lastPair?: { left: string; right: string }
  pair?: { left: string; right: string }
}

function propertiesOf(e: unknown): DxtErrorProperties | null {
  if (e === null || typeof e !== 'object' || !('properties' in e)) return null
  const p = (e as { properties: unknown }).properties
  return p !== null && typeof p === 'object' ? (p as DxtErrorProperties) : null
}

/** The individual errors inside docxtemplater's multi error (or the error itself). */
function subErrors(e: unknown): unknown[] {
  const p = propertiesOf(e) as (DxtErrorProperties & { errors?: unknown[] }) | null
  return p?.id === 'multi_error' && Array.isArray(p.errors) ? p.errors : [e]
}

function detailOf(p: DxtErrorProperties): { tag: string | null; detail: string } {
  // An unclosed tag's xtag runs to the end of the text: keep the name only.
  const x = p.id === 'unclosed_tag' ? (/^[\w.#/^@-]*/.exec(p.xtag ?? '')?.[0] ?? '') : (p.xtag ?? '')
  switch (p.id) {
    case 'unclosed_tag':
      return { tag: x, detail: `字段「${x}」缺少右大括号 }` }
    case 'unopened_tag':
      return { tag: x, detail: `「${x}」后面有右大括号 }，但前面缺少左大括号 {` }
    case 'duplicate_open_tag':
      return { tag: x, detail: `「${x}」处多了一个左大括号 {` }
    case 'duplicate_close_tag':
      return { tag: x, detail: `「${x}」处多了一个右大括号 }` }
    case 'unclosed_loop':
      return { tag: `#${x}`, detail: `循环「${x}」没有结束标记 {/${x}}` }
    case 'unopened_loop':
      return { tag: `/${x}`, detail: `结束标记 {/${x}} 前面没有对应的开始标记 {#${x}}` }
    case 'closing_tag_does_not_match_opening_tag':
      return {
        tag: `#${p.openingtag ?? ''}`,
        detail: `开始标记 {#${p.openingtag ?? ''}} 与结束标记 {/${p.closingtag ?? ''}} 不是一对，应写成 {/${p.openingtag ?? ''}}`,
      }
    case 'unbalanced_loop_tags':
      return {
        tag: `#${p.pair?.left ?? ''}`,
        detail: `循环「${p.lastPair?.left ?? ''}」和「${p.pair?.left ?? ''}」交叉了，一个循环应完整地放在另一个里面或外面`,
      }
    case 'loop_position_invalid':
      return { tag: `#${x}`, detail: `循环「${x}」的开始和结束标记一个在表格内、一个在表格外（或在不同表格），应放在同一表格的同一行，或都放在表格外` }
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
    case 'raw_tag_outerxml_invalid':
      return { tag: `@${x}`, detail: `不支持 {@${x}} 这种插入原始内容的字段` }
    default:
      return { tag: x || null, detail: `模板结构有错误（${p.id ?? '未知'}），请检查大括号是否成对、循环是否有开始和结束标记` }
  }
}

/** Translates what `new Docxtemplater(…)` or `render` threw into problems; null if it was not a template error. */
export function translateTemplateError(e: unknown, zip: PizZip): TemplateProblem[] | null {
  if (propertiesOf(e) === null) return null
  const texts = new Map<string, PartText>()
  const textOf = (file: string) => {
    let t = texts.get(file)
    if (!t) texts.set(file, (t = partText(zip, file)))
    return t
  }
  return subErrors(e).map((sub) => {
    const p = propertiesOf(sub) ?? {}
    const { tag, detail } = detailOf(p)
    const text = p.file ? textOf(p.file) : null
    const offset = Array.isArray(p.offset) ? p.offset[0] : p.offset
    const at: [number, number] | null = text && offset !== undefined ? [offset, tagEnd(text, offset)] : null
    return problem('error', text, at, tag, detail)
  })
}
