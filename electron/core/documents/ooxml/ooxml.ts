/*
 * WordprocessingML building blocks for the templates, written by hand so that every number of
 * GB/T 9704 is visible here. Child elements follow the schema's order (Word refuses files whose
 * run or paragraph properties are out of order).
 */

/** 1 mm in twips, rounded as TOOLCHAIN.md says (37 mm → 2098, not 2097). */
export const mm = (v: number): number => Math.round((v * 1440) / 25.4)
/** twips per point */
export const pt = (v: number): number => Math.round(v * 20)

export const FONT = {
  fang: '仿宋_GB2312',
  song: '宋体',
  xbs: '方正小标宋简体',
  hei: '黑体',
  kai: '楷体_GB2312',
} as const
export type FontName = (typeof FONT)[keyof typeof FONT]

export const RED = 'FF0000'

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export interface RunStyle {
  readonly font: FontName
  /** points (三号 16, 二号 22, 四号 14…) */
  readonly size: number
  readonly color?: string
  readonly bold?: boolean
  /** horizontal scale in percent: keeps a long 发文机关标志 on one line at its height */
  readonly scale?: number
  /** added to every character's advance, twips (negative: condensed) */
  readonly spacing?: number
  readonly underline?: boolean
}

/*
 * 三号 on the 28-character line: 156 mm / 28 = 15.79 pt per character, so 16 pt characters are
 * condensed by 0.3 pt (6 twips): 28 × 15.7 pt fit with room to spare, 29 do not. The document
 * grid says the same (22 × 28, what Word's page setup shows), but paragraphs do not snap to it:
 * LibreOffice gives a 16 pt character two 15.8 pt grid cells and doubles the spacing, and it
 * narrows the text area to whole grid cells (0.25 pt condensing then fits only 27). Explicit
 * metrics lay out the same in Word, WPS and LibreOffice.
 */
export const CONDENSED = -6
export const BODY: RunStyle = { font: FONT.fang, size: 16, spacing: CONDENSED }

/** Run properties: every font slot set, so Chinese never falls back to the theme's Latin font. */
export function rPr(s: RunStyle): string {
  const f = esc(s.font)
  return (
    '<w:rPr>' +
    `<w:rFonts w:ascii="${f}" w:eastAsia="${f}" w:hAnsi="${f}" w:cs="${f}"/>` +
    (s.bold ? '<w:b/><w:bCs/>' : '') +
    (s.color ? `<w:color w:val="${s.color}"/>` : '') +
    (s.spacing ? `<w:spacing w:val="${s.spacing}"/>` : '') +
    (s.scale ? `<w:w w:val="${s.scale}"/>` : '') +
    `<w:kern w:val="0"/><w:sz w:val="${s.size * 2}"/><w:szCs w:val="${s.size * 2}"/>` +
    (s.underline ? '<w:u w:val="single"/>' : '') +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>' +
    '</w:rPr>'
  )
}

export function run(text: string, s: RunStyle = BODY): string {
  return `<w:r>${rPr(s)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`
}

/** A Word field (PAGE, NUMPAGES) as begin / instruction / shown value / end runs. */
export function field(instr: string, shown: string, s: RunStyle): string {
  const r = (inner: string) => `<w:r>${rPr(s)}${inner}</w:r>`
  return (
    r('<w:fldChar w:fldCharType="begin"/>') +
    r(`<w:instrText xml:space="preserve"> ${instr} </w:instrText>`) +
    r('<w:fldChar w:fldCharType="separate"/>') +
    r(`<w:t>${esc(shown)}</w:t>`) +
    r('<w:fldChar w:fldCharType="end"/>')
  )
}

export const tab = (s: RunStyle = BODY): string => `<w:r>${rPr(s)}<w:tab/></w:r>`

export interface Border {
  readonly val: 'single' | 'thickThinSmallGap' | 'thinThickSmallGap'
  /** eighths of a point */
  readonly sz: number
  /** distance from the text, points */
  readonly space: number
  readonly color: string
}

const border = (side: string, b: Border) =>
  `<w:${side} w:val="${b.val}" w:sz="${b.sz}" w:space="${b.space}" w:color="${b.color}"/>`

export interface ParaOptions {
  readonly style?: string
  readonly align?: 'left' | 'center' | 'right' | 'both'
  /** first-line indent in characters of `mark`'s size (正文 2 characters) */
  readonly firstChars?: number
  /** left and right indents in twips (negative reaches into the margin) */
  readonly left?: number
  readonly right?: number
  readonly before?: number
  readonly after?: number
  /** exact line height in twips */
  readonly line?: number
  readonly top?: Border
  readonly bottom?: Border
  readonly tabs?: readonly { readonly kind: 'left' | 'center' | 'right'; readonly pos: number }[]
  readonly keepNext?: boolean
  readonly keepLines?: boolean
  /** the paragraph mark's look, which sets the height of an empty paragraph */
  readonly mark?: RunStyle
}

export function pPr(o: ParaOptions): string {
  const mark = o.mark ?? BODY
  const parts: string[] = []
  if (o.style) parts.push(`<w:pStyle w:val="${o.style}"/>`)
  if (o.keepNext) parts.push('<w:keepNext/>')
  if (o.keepLines) parts.push('<w:keepLines/>')
  if (o.top || o.bottom) parts.push(`<w:pBdr>${o.top ? border('top', o.top) : ''}${o.bottom ? border('bottom', o.bottom) : ''}</w:pBdr>`)
  if (o.tabs?.length) parts.push(`<w:tabs>${o.tabs.map((t) => `<w:tab w:val="${t.kind}" w:pos="${t.pos}"/>`).join('')}</w:tabs>`)
  // Punctuation stays inside the 版心 (Word and LibreOffice let a line-end comma hang out).
  parts.push('<w:overflowPunct w:val="0"/>')
  parts.push('<w:snapToGrid w:val="0"/>')
  const spacing = [
    o.before !== undefined ? `w:before="${o.before}"` : '',
    o.after !== undefined ? `w:after="${o.after}"` : '',
    o.line !== undefined ? `w:line="${o.line}" w:lineRule="exact"` : '',
  ].filter(Boolean)
  if (spacing.length) parts.push(`<w:spacing ${spacing.join(' ')}/>`)
  const ind = [
    o.left !== undefined ? `w:left="${o.left}"` : '',
    o.right !== undefined ? `w:right="${o.right}"` : '',
    o.firstChars !== undefined ? `w:firstLineChars="${o.firstChars * 100}" w:firstLine="${pt(o.firstChars * mark.size)}"` : '',
  ].filter(Boolean)
  if (ind.length) parts.push(`<w:ind ${ind.join(' ')}/>`)
  if (o.align) parts.push(`<w:jc w:val="${o.align}"/>`)
  parts.push(rPr(mark))
  return `<w:pPr>${parts.join('')}</w:pPr>`
}

export function para(content: string, o: ParaOptions = {}): string {
  return `<w:p>${pPr(o)}${content}</w:p>`
}

export interface CellOptions {
  readonly width: number
  readonly span?: number
  /** a cell merged with the ones below it (restart) or with the one above (continue) */
  readonly vMerge?: 'restart' | 'continue'
  readonly vAlign?: 'top' | 'center'
}

export function cell(content: string, o: CellOptions): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${o.width}" w:type="dxa"/>${o.span ? `<w:gridSpan w:val="${o.span}"/>` : ''}` +
    `${o.vMerge ? `<w:vMerge w:val="${o.vMerge}"/>` : ''}` +
    `${o.vAlign ? `<w:vAlign w:val="${o.vAlign}"/>` : ''}</w:tcPr>${content}</w:tc>`
  )
}

/*
 * Rows may split across pages: a row that may not split moves whole to the next page, so a long
 * hazard leaves most of a page blank (29 pages for 25 hazards) or, taller than a page, prints
 * below the 版心. A header row repeats at the top of every page the table runs onto.
 */
export function row(cells: readonly string[], o: { header?: boolean; minHeight?: number } = {}): string {
  const trPr = [
    o.minHeight ? `<w:trHeight w:val="${o.minHeight}"/>` : '',
    o.header ? '<w:tblHeader/>' : '',
  ].join('')
  return `<w:tr><w:trPr>${trPr}</w:trPr>${cells.join('')}</w:tr>`
}

export interface TableOptions {
  readonly widths: readonly number[]
  readonly rows: readonly string[]
  /** outer and inner rules; omitted sides have none */
  readonly borders: Partial<Record<'top' | 'left' | 'bottom' | 'right' | 'insideH' | 'insideV', Border>>
  readonly cellMargin?: number
  /**
   * Floats the table to the bottom of the 版心 (版记: its last rule on the last line of the
   * page), its left edge this far from the page's left edge. Placed from the page rather than
   * from the margin because LibreOffice floats a table only when text could fit beside it.
   */
  readonly bottomAt?: number
}

export function table(o: TableOptions): string {
  const total = o.widths.reduce((a, b) => a + b, 0)
  const sides = (['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const)
    .map((s) => (o.borders[s] ? border(s, o.borders[s]) : `<w:${s} w:val="nil"/>`))
    .join('')
  const margin = o.cellMargin ?? 85
  return (
    '<w:tbl><w:tblPr>' +
    (o.bottomAt !== undefined
      ? '<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" ' +
        `w:vertAnchor="margin" w:horzAnchor="page" w:tblpX="${o.bottomAt}" w:tblpYSpec="bottom"/><w:tblOverlap w:val="never"/>`
      : '') +
    `<w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${sides}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    '</w:tblPr>' +
    `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    o.rows.join('') +
    '</w:tbl>'
  )
}
