import { blank, endBlock, fileHead, group, heading1, pageNumberFooters, paras, recipient, signature, title } from '../../electron/core/documents/ooxml/blocks'
import type { TemplateSource } from './forms'
import { CONDENSED, FONT, cell, para, pt, row, run, table, type Border, type RunStyle } from '../../electron/core/documents/ooxml/ooxml'
import { LINE, TEXT_WIDTH } from '../../electron/core/documents/ooxml/package'

/*
 * 季度工作情况汇总 (文件格式): the red head, then the figures as tables. Tables are in 小四
 * (12 pt) 仿宋 with 黑体 heads so that six columns fit the 156 mm 版心; a one-line row is one
 * body line (10.2 mm) high, so tables sit on the page's 22-line grid like the text around them.
 */

const CELL: RunStyle = { font: FONT.fang, size: 12 }
const HEAD: RunStyle = { font: FONT.hei, size: 12 }
const HEADING2: RunStyle = { font: FONT.kai, size: 16, spacing: CONDENSED }
const grid: Border = { val: 'single', sz: 4, space: 0, color: '000000' }
const hair: RunStyle = { font: FONT.fang, size: 1 }
const CAPTION: RunStyle = { font: FONT.kai, size: 12 }

interface Column {
  /** the head cell's text; may hold a tag such as {groupLabel} */
  readonly head: string
  readonly tag: string
  /** twips; the first column takes what the others leave of the 版心 */
  readonly width: number
  readonly left?: boolean
}

/** (一) headings: 楷体, two characters in. */
const heading2 = (content: string): string =>
  para(run(content, HEADING2), { align: 'both', firstChars: 2, line: LINE, keepNext: true, mark: HEADING2 })

/** A paragraph holding only a raw-XML tag: docxtemplater puts the tag's paragraph in its place. */
const paraRaw = (tag: string): string => para(run(tag, CELL), { align: 'center', mark: CELL })

/** 图1　… under a picture, centred in 小四 楷体. */
const caption = (content: string): string => para(run(content, CAPTION), { align: 'center', line: LINE, mark: CAPTION })

/** A little air between a table and the heading after it, without a whole blank line. */
const gap = (): string => para('', { line: pt(6), mark: hair })

/** A table whose second row repeats per item of `name`: `{#name}` in its first cell, `{/name}` in its last. */
function loopTable(name: string, columns: readonly Column[]): string {
  const widths = columns.map((c) => c.width)
  widths[0] = TEXT_WIDTH - widths.slice(1).reduce((a, b) => a + b, 0)
  const text = (s: string, style: RunStyle, left: boolean) =>
    para(run(s, style), { style: 'FDTable', align: left ? 'left' : 'center', line: pt(18), mark: style })
  const head = row(
    columns.map((c, i) => cell(text(c.head, HEAD, false), { width: widths[i] ?? 0, vAlign: 'center' })),
    { header: true, minHeight: LINE },
  )
  const last = columns.length - 1
  const item = row(
    columns.map((c, i) => {
      const tags = `${i === 0 ? `{#${name}}` : ''}{${c.tag}}${i === last ? `{/${name}}` : ''}`
      return cell(text(tags, CELL, c.left ?? false), { width: widths[i] ?? 0, vAlign: 'center' })
    }),
    { minHeight: LINE },
  )
  const b = { top: grid, left: grid, bottom: grid, right: grid, insideH: grid, insideV: grid }
  return table({ widths, rows: [head, item], borders: b }) + gap()
}

const number = (head: string, tag: string, width: number): Column => ({ head, tag, width })

export function quarterlyReport(): TemplateSource {
  const figures = loopTable('figures', [
    { head: '项目', tag: 'item', width: 0, left: true },
    number('本期', 'current', 1750),
    number('上期', 'previous', 1750),
    number('增减', 'change', 2000),
  ])
  const groups = loopTable('rows', [
    { head: '{groupLabel}', tag: 'name', width: 0, left: true },
    number('发现隐患', 'found', 1130),
    number('其中已整改', 'foundClosed', 1370),
    number('整改率', 'rate', 1000),
    number('期末未销号', 'openAtEnd', 1370),
    number('期末逾期', 'overdueAtEnd', 1130),
  ])
  const months = loopTable('months', [{ head: '月份', tag: 'month', width: 0 }, number('发现隐患', 'found', 3000), number('整改销号', 'closed', 3000)])
  const documents = loopTable('documents', [{ head: '文书种类', tag: 'name', width: 0, left: true }, number('件数', 'count', 3000)])
  const body =
    fileHead() +
    title('{title}') +
    blank(1) +
    recipient('recipients') +
    paras('intro') +
    heading1('一、主要数据') +
    figures +
    heading1('二、分类统计') +
    group('breakdowns', heading2('{heading}') + groups) +
    heading1('三、按月情况') +
    months +
    group('charts', paraRaw('{@drawing}') + caption('{title}')) +
    heading1('四、发文、约谈和督办情况') +
    paras('work') +
    group('hasDocuments', documents) +
    heading1('五、统计口径') +
    paras('definitions', '{text}') +
    paras('source') +
    signature()
  return { body: body + endBlock(), hf: pageNumberFooters() }
}
