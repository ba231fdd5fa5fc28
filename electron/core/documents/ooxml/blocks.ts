import { BODY, FONT, RED, cell, field, mm, para, pt, row, run, table, type Border, type ParaOptions, type RunStyle } from './ooxml'
import { HALF_LINE, LINE, PAGE, TEXT_WIDTH } from './package'
import { HEADING1, PAGE_NUMBER, RED_HEAD, SMALL, TITLE } from './styles'

/*
 * The parts of GB/T 9704 every kind reuses: heads, title, body paragraphs, paragraph loops,
 * signature, 版记, footers. Distances are the standard's; comments give the measured result.
 */

const SMALL_CHAR = pt(SMALL.size)

/** A body line with nothing on it: the standard counts distances in these. */
export const blank = (n = 1): string => para('', { line: LINE }).repeat(n)

export const body = (content: string, o: ParaOptions = {}): string =>
  para(content, { style: 'FDBody', align: 'both', firstChars: 2, line: LINE, ...o })

/** A flush-left line (主送机关, 笔录 items). */
export const flush = (content: string, o: ParaOptions = {}): string => para(content, { align: 'both', line: LINE, ...o })

/**
 * One paragraph per item of the list `name`: with paragraphLoop, the paragraphs holding only
 * `{#name}` and `{/name}` disappear and the middle one repeats, keeping its 2-character indent.
 */
export function paras(name: string, item = '{.}'): string {
  return body(run(`{#${name}}`)) + body(run(item)) + body(run(`{/${name}}`))
}

/** Repeated groups of paragraphs (a heading with its paragraphs, a question with its answer). */
export function group(name: string, inner: string): string {
  return body(run(`{#${name}}`)) + inner + body(run(`{/${name}}`))
}

export const title = (content: string): string =>
  para(run(content, TITLE), { style: 'FDTitle', align: 'center', line: pt(36), mark: TITLE })

/** 主送机关: flush left, ending with a full-width colon. */
export const recipient = (tag: string): string => flush(run(`{${tag}}：`))

/*
 * 文件格式 head. The 标志 starts 35 mm below the top of the 版心: space before the first
 * paragraph, less the 9 pt of leading above the characters in its 48 pt line (measured in
 * LibreOffice: ink from 72.7 mm, target 72). Red 方正小标宋 at 小初, narrowed to 75 % so that a
 * 13-character office name plus 文件 stays on one line. The 文号 comes two blank lines below it,
 * and the red separator is the 文号 paragraph's own bottom border, 4 mm under the characters
 * (measured 4.0 mm), as wide as the 版心.
 */
export function fileHead(): string {
  const head: RunStyle = { ...RED_HEAD, scale: 75 }
  return (
    para(run('{officeName}文件', head), { style: 'FDHead', align: 'center', before: mm(35) - pt(9), line: pt(48), mark: head }) +
    blank(2) +
    para(run('{number}'), {
      style: 'FDNumber',
      align: 'center',
      line: LINE,
      bottom: { val: 'single', sz: 12, space: 8, color: RED },
    }) +
    blank(2)
  )
}

/*
 * 信函格式. Word and WPS have no fixed position above the top margin except the header, so the
 * first-page header carries the 标志 (its top 30 mm below the page edge: header distance 28 mm
 * plus the line's leading) and, as the paragraph's bottom border, the upper red double line
 * (thick over thin) 4 mm under it. Both reach 8 mm into the left margin and 6 mm into the right
 * one: 170 mm long, centred on the page. The header is taller than the top margin, so Word,
 * WPS and LibreOffice start the first page's text under it; later pages start at 37 mm.
 * Measured in LibreOffice: 标志 ink from 30.5 mm, upper double line 4.0 mm under it, lower
 * double line ending 20.0 mm above the page bottom.
 */
const LETTER_LINE_INDENT = { left: -mm(8), right: -mm(6) }
const letterRule = (val: Border['val']): Border => ({ val, sz: 24, space: 0, color: RED })

export function letterFirstHeader(): string {
  const head: RunStyle = { font: FONT.xbs, size: 26, color: RED }
  return para(run('{officeName}', head), {
    style: 'FDHead',
    align: 'center',
    line: pt(34),
    ...LETTER_LINE_INDENT,
    bottom: { ...letterRule('thickThinSmallGap'), space: 9 },
    mark: head,
  })
}

/** The lower double line (thin over thick), 20 mm above the page bottom: the footer's bottom. */
export function letterFirstFooter(): string {
  const hair: RunStyle = { font: FONT.fang, size: 1 }
  return para('', { line: 20, ...LETTER_LINE_INDENT, bottom: letterRule('thinThickSmallGap'), mark: hair })
}

/** 信函 文号: right under the upper double line, flush right (no right indent: its last character on the 版心's edge). */
export const letterNumber = (): string => para(run('{number}'), { style: 'FDNumber', align: 'right', before: pt(4), line: LINE }) + blank(1)

/** Form head: the office (in lines at word boundaries when long), the form's name, and its number flush right. */
export function formHead(name: string): string {
  return (
    para(run('{officeTitle}', TITLE), { style: 'FDTitle', align: 'center', line: pt(36), mark: TITLE }) +
    title(name) +
    para(run('{number}'), { style: 'FDNumber', align: 'right', before: pt(6), line: LINE }) +
    blank(1)
  )
}

/*
 * 署名 and 成文日期, one blank line under the body. As written here they suit a sealed document
 * with a date as long as the name: both right-aligned, 右空四字 (four 三号 characters). The
 * renderer settles them once the texts are in (documents/signature.ts): the 署名 centred over the
 * date, or the unsealed layout, and the paragraphs above kept on the signature's page.
 */
export function signature(): string {
  const o: ParaOptions = { align: 'right', right: pt(4 * BODY.size), line: LINE }
  return para('', { line: LINE, keepNext: true }) + flush(run('{officeName}'), { ...o, style: 'FDSignName', keepNext: true }) + flush(run('{date}'), { ...o, style: 'FDSignDate' })
}

/** A blank to fill in by hand: underlined ideographic spaces. */
export const fill = (chars: number, s: RunStyle = BODY): string => run('\u3000'.repeat(chars), { ...s, underline: true })

/** Page numbers `— 1 —` in 4号 宋体: odd pages right, even pages left, one character in. */
export function pageNumberFooters(): { oddFooter: string; evenFooter: string } {
  const number = (align: 'left' | 'right') =>
    para(run('— ', PAGE_NUMBER) + field('PAGE', '1', PAGE_NUMBER) + run(' —', PAGE_NUMBER), {
      style: 'FDPageNumber',
      align,
      ...(align === 'right' ? { right: SMALL_CHAR } : { left: SMALL_CHAR }),
      
      line: pt(18),
      after: mm(3),
      mark: PAGE_NUMBER,
    })
  return { oddFooter: number('right'), evenFooter: number('left') }
}

/** Numbered items: `{#name}` / `{index}.{text}` / `{/name}`. */
export const items = (name: string): string => paras(name, '{index}.{text}')

/** Contact line of letters and forms, shown only when the settings have a contact. */
export const contact = (): string => paras('hasContact', '联系人：{contactPerson}　　联系电话：{contactPhone}')

/** 附注 of 文件格式: in parentheses, two characters in, on the line after the date. */
export const contactNote = (): string => paras('hasContact', '（联系人：{contactPerson}，联系电话：{contactPhone}）')

/** The foot line of enforcement forms, half a line under the lines where people sign. */
export const formFoot = (who: string): string => flush(run(`本文书一式二份，一份交${who}，一份存档。`, SMALL), { before: HALF_LINE, line: pt(22), mark: SMALL })

/*
 * 版记 of 文件格式: 抄送 and 印发 rows in 四号仿宋 between a thick rule (0.35 mm), a thin one
 * (0.25 mm) and a thick one. It is a table floated to the bottom of the 版心, so its last rule
 * is the last line of the last page whatever the length of the body. 抄送 is a two-cell row so
 * that a long list wraps under its first name; the row disappears when there is no 抄送. 印发 is
 * two cells too: a long 印发机关 wraps on the left, the date stays whole on the right.
 */
export function endBlock(): string {
  const rule = (sz: number): Border => ({ val: 'single', sz, space: 0, color: '000000' })
  const label = SMALL_CHAR * 5
  const width = TEXT_WIDTH
  const o: ParaOptions = { line: LINE, mark: SMALL }
  // 2024年12月31日印发 and a character to spare: the date keeps the right end whatever the 印发机关's length
  const dated = SMALL_CHAR * 10
  const copyRow = row([
    cell(para(run('{#hasCopyTo}抄送：', SMALL), { ...o, left: SMALL_CHAR }), { width: label }),
    cell(para(run('{copyTo}。{/hasCopyTo}', SMALL), { ...o, right: SMALL_CHAR }), { width: width - label, span: 2 }),
  ])
  const printRow = row([
    cell(para(run('{printedBy}', SMALL), { ...o, left: SMALL_CHAR }), { width: width - dated, span: 2 }),
    cell(para(run('{date}印发', SMALL), { ...o, align: 'right', right: SMALL_CHAR }), { width: dated }),
  ])
  const hair: RunStyle = { font: FONT.fang, size: 1 }
  return (
    table({
      widths: [label, width - label - dated, dated],
      rows: [copyRow, printRow],
      borders: { top: rule(8), insideH: rule(6), bottom: rule(8) },
      cellMargin: 0,
      bottomAt: PAGE.left,
    }) + para('', { line: 20, mark: hair })
  )
}

export const heading1 = (content: string): string =>
  para(run(content, HEADING1), { style: 'FDHeading1', align: 'both', firstChars: 2, line: LINE, keepNext: true, mark: HEADING1 })
