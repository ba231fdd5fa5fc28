import { DOMParser, type Element } from '@xmldom/xmldom'
import PizZip from 'pizzip'
import { AppError } from '../../errors'
import { cellText, type GridRow, type TaskGrid } from './grid'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const children = (el: Element, local: string): Element[] => {
  const out: Element[] = []
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local) out.push(n as Element)
  }
  return out
}
const child = (el: Element, local: string): Element | undefined => children(el, local)[0]
const val = (el: Element | undefined): string | null => (el === undefined ? null : el.getAttributeNS(W, 'val'))
/** An on/off property: present and not switched off by w:val="0"/"false". */
const isOn = (el: Element | undefined): boolean => el !== undefined && !['0', 'false', 'off'].includes(val(el) ?? '')

/** The text of a paragraph: its runs' w:t, tabs as a space. */
function paragraphText(p: Element): string {
  let s = ''
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType !== 1) continue
      const e = n as Element
      if (e.namespaceURI === W && e.localName === 't') s += e.textContent ?? ''
      else if (e.namespaceURI === W && (e.localName === 'tab' || e.localName === 'br')) s += ' '
      else if (!(e.namespaceURI === W && (e.localName === 'del' || e.localName === 'instrText'))) walk(e)
    }
  }
  walk(p)
  return s
}

/** A cell's paragraphs, descending into content controls (w:sdt) as WPS writes them. */
function cellParagraphs(tc: Element): string[] {
  const out: string[] = []
  for (let n = tc.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1) continue
    const e = n as Element
    if (e.localName === 'p') out.push(paragraphText(e))
    else if (e.localName === 'sdt' || e.localName === 'sdtContent') out.push(...cellParagraphs(e))
    else if (e.localName === 'tbl') out.push(...tableRowsOf(e).flatMap((r) => r.map((c) => c.text)))
  }
  return out
}

interface RawCell {
  text: string
  span: number
  vMerge: 'restart' | 'continue' | null
}

/** The rows of a table, descending into w:sdt wrappers, each row's cells as written. */
function tableRowsOf(tbl: Element): RawCell[][] {
  const rows: RawCell[][] = []
  const trs: Element[] = []
  const collect = (el: Element): void => {
    for (let n = el.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType !== 1) continue
      const e = n as Element
      if (e.localName === 'tr') trs.push(e)
      else if (e.localName === 'sdt' || e.localName === 'sdtContent') collect(e)
    }
  }
  collect(tbl)
  for (const tr of trs) rows.push(rowCells(tr))
  return rows
}

function rowCells(tr: Element): RawCell[] {
  const cells: RawCell[] = []
  const trPr = child(tr, 'trPr')
  const before = Number(val(trPr && child(trPr, 'gridBefore')) ?? 0)
  for (let i = 0; i < before; i++) cells.push({ text: '', span: 1, vMerge: null })
  const tcs: Element[] = []
  const collect = (el: Element): void => {
    for (let n = el.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType !== 1) continue
      const e = n as Element
      if (e.localName === 'tc') tcs.push(e)
      else if (e.localName === 'sdt' || e.localName === 'sdtContent') collect(e)
    }
  }
  collect(tr)
  for (const tc of tcs) {
    const pr = child(tc, 'tcPr')
    const vm = pr && child(pr, 'vMerge')
    const span = Math.max(1, Number(val(pr && child(pr, 'gridSpan')) ?? 1) || 1)
    cells.push({ text: cellText(cellParagraphs(tc)), span, vMerge: vm === undefined ? null : val(vm) === 'restart' ? 'restart' : 'continue' })
  }
  return cells
}

const isHeaderRow = (tr: Element): boolean => {
  const trPr = child(tr, 'trPr')
  return isOn(trPr && child(trPr, 'tblHeader'))
}

/** Spreads a table onto its grid: a spanned cell fills its columns, a merged-down cell takes the text above. */
function gridOf(tbl: Element, startNumber: number): GridRow[] {
  const trs: Element[] = []
  const collect = (el: Element): void => {
    for (let n = el.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType !== 1) continue
      const e = n as Element
      if (e.localName === 'tr') trs.push(e)
      else if (e.localName === 'sdt' || e.localName === 'sdtContent') collect(e)
    }
  }
  collect(tbl)
  const out: GridRow[] = []
  let previous: GridRow | undefined
  trs.forEach((tr, i) => {
    const row: GridRow = { number: startNumber + i, cells: [], fromAbove: [], header: isHeaderRow(tr) }
    for (const c of rowCells(tr)) {
      for (let k = 0; k < c.span; k++) {
        const col = row.cells.length
        const above = c.vMerge === 'continue' ? previous?.cells[col] : undefined
        row.cells.push(above ?? c.text)
        row.fromAbove.push(above !== undefined)
      }
    }
    out.push(row)
    previous = row
  })
  return out
}

/**
 * Reads the tables of a .docx into one grid: the first table, and every later one with as many
 * columns (a list split into one table per page). The paragraphs above the first table are kept.
 */
export function readDocxGrid(fileName: string, bytes: Buffer): TaskGrid {
  let xml: string | undefined
  try {
    xml = new PizZip(bytes).file('word/document.xml')?.asText()
  } catch {
    xml = undefined
  }
  if (xml === undefined) throw new AppError('VALIDATION', `「${fileName}」无法读取：文件已损坏，或不是 Word 的 .docx 文件`, 'dataBase64')
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml')
  const body = doc.getElementsByTagNameNS(W, 'body')[0]
  if (body === undefined) throw new AppError('VALIDATION', `「${fileName}」无法读取：文件中没有正文`, 'dataBase64')
  const above: string[] = []
  const rows: GridRow[] = []
  let width = 0
  for (let n = body.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1) continue
    const e = n as Element
    if (e.localName === 'p' && rows.length === 0) {
      const t = cellText([paragraphText(e)])
      if (t !== '') above.push(t)
    } else if (e.localName === 'tbl') {
      const grid = gridOf(e, rows.length + 1)
      const w = Math.max(0, ...grid.map((r) => r.cells.length))
      if (rows.length === 0) width = w
      else if (w !== width) continue
      rows.push(...grid)
    }
  }
  if (rows.length === 0) throw new AppError('VALIDATION', `「${fileName}」中没有表格：任务清单须是 Word 表格（序号、工作内容、责任单位等列）`, 'dataBase64')
  return { fileName, above: above.slice(-4), rows }
}
