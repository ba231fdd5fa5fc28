import { cell, para, row, run, table, type Border } from './ooxml'
import { TEXT_WIDTH } from './package'
import { SMALL } from './styles'

const thin: Border = { val: 'single', sz: 4, space: 0, color: '000000' }
const SMALL_LINE = 400

/**
 * A ruled table across the 版心 in 四号仿宋, its widths in shares of the 版心, its header row
 * bold and repeated at the top of every page the table runs onto (records, printed lists).
 */
export function grid(headers: readonly string[], shares: readonly number[], rows: Iterable<readonly string[]>): string {
  const sum = shares.reduce((a, b) => a + b, 0)
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / sum))
  const line = (cells: readonly string[], header: boolean) =>
    row(
      cells.map((c, i) => cell(para(run(c, header ? { ...SMALL, bold: true } : SMALL), { line: SMALL_LINE, mark: SMALL, align: header ? 'center' : 'left' }), { width: widths[i] ?? 0, vAlign: 'center' })),
      { header },
    )
  const body: string[] = []
  for (const r of rows) body.push(line(r, false))
  return table({
    widths,
    rows: [line(headers, true), ...body],
    borders: { top: thin, left: thin, bottom: thin, right: thin, insideH: thin, insideV: thin },
  })
}
