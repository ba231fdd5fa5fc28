import type PizZip from 'pizzip'

/*
 * The text of a template part as docxtemplater sees it: the raw (XML-escaped) contents of its
 * <w:t> elements joined end to end, so that docxtemplater's error offsets index into it. Paragraph
 * bounds are kept so that the surroundings shown to staff stay inside one paragraph.
 */

export interface PartText {
  readonly file: string
  readonly text: string
  /** start offsets of the paragraphs, ascending */
  readonly paragraphStarts: readonly number[]
}

const token = /<w:p[ >]|<w:p\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g

export function partText(zip: PizZip, file: string): PartText {
  const xml = zip.file(file)?.asText() ?? ''
  let text = ''
  const paragraphStarts: number[] = [0]
  for (const m of xml.matchAll(token)) {
    if (m[1] === undefined) paragraphStarts.push(text.length)
    else text += m[1]
  }
  return { file, text, paragraphStarts }
}

/** The parts docxtemplater fills in a .docx: the body, headers and footers. */
export function templatedParts(zip: PizZip): string[] {
  return Object.keys(zip.files)
    .filter((f) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(f))
    .sort()
}

export function partName(file: string): string {
  if (file.includes('header')) return '页眉'
  if (file.includes('footer')) return '页脚'
  return '正文'
}

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

const AROUND = 12

/**
 * The text around [start, end) within its paragraph, at most 12 characters either side, with
 * an ellipsis where it was cut: what staff search for in Word to find the problem.
 */
export function surroundings(p: PartText, start: number, end: number): string {
  let from = 0
  let to = p.text.length
  for (const s of p.paragraphStarts) {
    if (s <= start) from = s
    else if (s >= end) {
      to = s
      break
    }
  }
  const a = Math.max(from, start - AROUND)
  const b = Math.min(to, end + AROUND)
  return `${a > from ? '…' : ''}${unescape(p.text.slice(a, b))}${b < to ? '…' : ''}`
}

/**
 * Where the tag that starts at `offset` ends: after its closing brace, or, when the brace is
 * missing, after the name that follows the opening brace.
 */
export function tagEnd(p: PartText, offset: number): number {
  const next = p.paragraphStarts.find((s) => s > offset) ?? p.text.length
  const close = p.text.indexOf('}', offset)
  if (close !== -1 && close < next && close - offset <= 60) return close + 1
  const name = /^\{?[#/^@.]?[\w.-]*/.exec(p.text.slice(offset, next))?.[0] ?? ''
  return offset + Math.max(1, name.length)
}
