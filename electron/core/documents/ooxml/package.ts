import PizZip from 'pizzip'
import { packDocx } from '../zip'
import { mm } from './ooxml'
import { fontTableXml, stylesXml } from './styles'

/*
 * The page of GB/T 9704 and the package parts around word/document.xml. The zip is packed with
 * fixed entry times, so running the generator twice writes identical bytes.
 */

export const PAGE = {
  width: mm(210), // 11906
  height: mm(297), // 16838
  top: mm(37), // 2098
  bottom: mm(35), // 1984
  left: mm(28), // 1587, 订口
  right: mm(26), // 1474
  /** where the header starts, from the page top: the 信函 标志 starts 30 mm down */
  header: mm(28),
  /** where footers end, from the page bottom: the 信函 lower double line lies 20 mm up */
  footer: mm(20),
} as const

/** 版心 width: 156 mm */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right
/** 22 lines in the 版心 height of 225 mm: 579 twips (10.2 mm) */
export const LINE = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / 22)
/** half a line of the grid, between blocks where a whole blank line would waste the page */
export const HALF_LINE = Math.round(LINE / 2)
/**
 * 28 characters per line: Word's character pitch is the font size (16 pt) plus charSpace/4096 pt,
 * so 156 mm / 28 = 15.79 pt needs a charSpace of −842 (rounded down, so 28 pitches still fit).
 */
const CHAR_SPACE = Math.floor((TEXT_WIDTH / 20 / 28 - 16) * 4096)

export interface HeadersFooters {
  /** first page only (信函: the 标志 with its double line, the lower double line) */
  readonly firstHeader?: string
  readonly firstFooter?: string
  readonly oddHeader?: string
  readonly evenHeader?: string
  readonly oddFooter: string
  readonly evenFooter: string
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const WP_NS = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml'

interface Part {
  readonly file: string
  readonly ref: 'header' | 'footer'
  readonly type: 'default' | 'even' | 'first'
  readonly xml: string
}

function parts(hf: HeadersFooters): Part[] {
  const list: [string | undefined, Part['ref'], Part['type']][] = [
    [hf.firstHeader, 'header', 'first'],
    [hf.oddHeader, 'header', 'default'],
    [hf.evenHeader, 'header', 'even'],
    [hf.firstFooter, 'footer', 'first'],
    [hf.oddFooter, 'footer', 'default'],
    [hf.evenFooter, 'footer', 'even'],
  ]
  const out: Part[] = []
  for (const [xml, ref, type] of list) {
    if (xml === undefined) continue
    const n = out.filter((p) => p.ref === ref).length + 1
    const root = ref === 'header' ? 'w:hdr' : 'w:ftr'
    out.push({ file: `${ref}${n}.xml`, ref, type, xml: `${XML_HEAD}<${root} ${W_NS} ${R_NS}>${xml}</${root}>` })
  }
  return out
}

function sectPr(list: readonly Part[], titlePg: boolean): string {
  const refs = list
    .map((p, i) => `<w:${p.ref}Reference w:type="${p.type}" r:id="rId${i + 10}"/>`)
    .join('')
  return (
    `<w:sectPr>${refs}` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" ` +
    `w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    '<w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="720"/>' +
    (titlePg ? '<w:titlePg/>' : '') +
    `<w:docGrid w:type="linesAndChars" w:linePitch="${LINE}" w:charSpace="${CHAR_SPACE}"/>` +
    '</w:sectPr>'
  )
}

/*
 * Line-breaking rules for Chinese text (Word's 中文简体 standard sets), with the dash added to the
 * characters that cannot begin a line: a 破折号 —— is two characters, and Word would otherwise break
 * between them. Written out in full because a custom set replaces the built-in one for the language.
 */
export const NOT_AT_LINE_START = '!%),.:;?]}¢°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｝～￠—'
export const NOT_AT_LINE_END = '$([{£¥‘“〈《「『【〔〖〝﹙﹛﹝＄（［｛￡￥'

function settingsXml(): string {
  return (
    `${XML_HEAD}<w:settings ${W_NS}>` +
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="640"/><w:evenAndOddHeaders/>' +
    // Official documents keep full-width punctuation full width.
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    `<w:noLineBreaksAfter w:lang="zh-CN" w:val="${NOT_AT_LINE_END}"/>` +
    `<w:noLineBreaksBefore w:lang="zh-CN" w:val="${NOT_AT_LINE_START}"/>` +
    // Fill-in blanks are underlined spaces; Word would not underline them at a line end.
    '<w:compat><w:ulTrailSpace/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>' +
    '</w:settings>'
  )
}

function contentTypes(list: readonly Part[]): string {
  const over = (name: string, type: string) => `<Override PartName="/word/${name}" ContentType="${CT}.${type}+xml"/>`
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    over('document.xml', 'document.main') +
    over('styles.xml', 'styles') +
    over('settings.xml', 'settings') +
    over('fontTable.xml', 'fontTable') +
    list.map((p) => over(p.file, p.ref)).join('') +
    '</Types>'
  )
}

function documentRels(list: readonly Part[]): string {
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`
  return (
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel('rId1', 'styles', 'styles.xml') +
    rel('rId2', 'settings', 'settings.xml') +
    rel('rId3', 'fontTable', 'fontTable.xml') +
    list.map((p, i) => rel(`rId${i + 10}`, p.ref, p.file)).join('') +
    '</Relationships>'
  )
}

/** A complete .docx: the body's paragraphs and tables, with its headers and footers. */
export function buildDocx(body: string, hf: HeadersFooters): Buffer {
  const list = parts(hf)
  const zip = new PizZip()
  zip.file('[Content_Types].xml', contentTypes(list))
  zip.file(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  )
  zip.file('word/_rels/document.xml.rels', documentRels(list))
  // wp: pictures added at render time (the quarterly report's charts) are inline drawings
  zip.file('word/document.xml', `${XML_HEAD}<w:document ${W_NS} ${R_NS} ${WP_NS}><w:body>${body}${sectPr(list, hf.firstHeader !== undefined)}</w:body></w:document>`)
  zip.file('word/styles.xml', stylesXml(LINE))
  zip.file('word/settings.xml', settingsXml())
  zip.file('word/fontTable.xml', fontTableXml())
  for (const p of list) zip.file(`word/${p.file}`, p.xml)
  return packDocx(zip)
}
