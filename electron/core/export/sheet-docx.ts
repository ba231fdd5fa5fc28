import { pageNumberFooters, title } from '../documents/ooxml/blocks'
import { grid } from '../documents/ooxml/grid'
import { para, run } from '../documents/ooxml/ooxml'
import { LINE, buildDocx } from '../documents/ooxml/package'
import { SMALL } from '../documents/ooxml/styles'
import type { Sheet } from './schema'

const note = (text: string): string => para(run(text, SMALL), { line: LINE, mark: SMALL, align: 'both' })

/**
 * A printed list as a .docx on the GB/T 9704 page: the title, its notes (the filter in words, who
 * made it and when), then the table, whose header row repeats on every page and whose first column is 序号.
 */
export function sheetDocx(s: Sheet): Buffer {
  const content = [
    title(s.title),
    para('', { line: LINE }),
    ...s.notes.map(note),
    grid(
      s.columns.map((c) => c.header),
      s.columns.map((c) => c.share),
      s.rows,
    ),
    para('', { line: LINE }),
  ].join('')
  return buildDocx(content, pageNumberFooters())
}
