import PizZip from 'pizzip'

/**
 * A GB/T 9704 附件 page holding one table: "附件" at the top left (三号黑体), the title centred
 * (二号方正小标宋简体), then the table in 仿宋 with its header row repeated on every page and rows
 * allowed to split across pages. Landscape A4 for wide lists; page numbers "— 1 —" in 四号宋体,
 * odd pages right and even pages left.
 */
export interface AttachmentTable {
  label: string
  title: string
  /** a line under the title (e.g. 截至2021年3月5日) */
  subtitle?: string
  columns: { header: string; mm: number }[]
  /** cells; a null cell continues the cell above it (merged down) */
  rows: (string | null)[][]
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const twip = (mm: number) => Math.round((mm * 1440) / 25.4)
const FONTS: Record<string, string> = { fang: '仿宋_GB2312', hei: '黑体', song: '方正小标宋简体', num: '宋体' }

function run(text: string, font: keyof typeof FONTS, halfPoints: number, bold = false): string {
  const f = FONTS[font]!
  return (
    `<w:r><w:rPr><w:rFonts w:ascii="${font === 'num' ? '宋体' : 'Times New Roman'}" w:hAnsi="${font === 'num' ? '宋体' : 'Times New Roman'}" w:eastAsia="${f}"/>` +
    `${bold ? '<w:b/>' : ''}<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/><w:lang w:eastAsia="zh-CN"/></w:rPr>` +
    `<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`
  )
}

const para = (inner: string, jc: 'left' | 'center' | 'both' = 'left', after = 0) =>
  `<w:p><w:pPr><w:spacing w:before="0" w:after="${after}" w:line="360" w:lineRule="auto"/><w:jc w:val="${jc}"/></w:pPr>${inner}</w:p>`

function cell(text: string | null, mm: number, header: boolean, continued: boolean, startsMerge: boolean): string {
  const merge = continued ? '<w:vMerge/>' : startsMerge ? '<w:vMerge w:val="restart"/>' : ''
  const lines = (text ?? '').split('\n')
  const body = lines.map((l) => para(run(l, header ? 'hei' : 'fang', 24), header || l.length <= 8 ? 'center' : 'both')).join('')
  return `<w:tc><w:tcPr><w:tcW w:w="${twip(mm)}" w:type="dxa"/>${merge}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`
}

function tableXml(t: AttachmentTable): string {
  const border = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('')
  const grid = t.columns.map((c) => `<w:gridCol w:w="${twip(c.mm)}"/>`).join('')
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${t.columns.map((c) => cell(c.header, c.mm, true, false, false)).join('')}</w:tr>`
  const rows = t.rows
    .map((r, i) => {
      const cells = t.columns.map((c, k) => {
        const continued = r[k] === null
        const startsMerge = !continued && t.rows[i + 1]?.[k] === null
        return cell(r[k] ?? null, c.mm, false, continued, startsMerge)
      })
      return `<w:tr>${cells.join('')}</w:tr>`
    })
    .join('')
  return `<w:tbl><w:tblPr><w:tblW w:w="${twip(t.columns.reduce((s, c) => s + c.mm, 0))}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${border}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${header}${rows}</w:tbl>`
}

const footer = (jc: 'left' | 'right') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W}"><w:p><w:pPr><w:ind w:${jc}="280"/><w:jc w:val="${jc}"/></w:pPr>` +
  `${run('— ', 'num', 28)}<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>` +
  `<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>` +
  `${run('1', 'num', 28)}<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>${run(' —', 'num', 28)}</w:p></w:ftr>`

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The .docx bytes: landscape A4 (版心 225 × 156 mm turned), the table centred in it. */
export function attachmentTableDocx(t: AttachmentTable): Buffer {
  const body =
    para(run(t.label, 'hei', 32)) +
    para(run(t.title, 'song', 44), 'center', t.subtitle ? 0 : 240) +
    (t.subtitle ? para(run(t.subtitle, 'fang', 28), 'center', 240) : '') +
    tableXml(t) +
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="even" r:id="rIdF2"/>` +
    `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="${twip(28)}" w:right="${twip(35)}" w:bottom="${twip(26)}" w:left="${twip(37)}" w:header="851" w:footer="${twip(15)}" w:gutter="0"/></w:sectPr>`
  const zip = new PizZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
  )
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`)
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="${R}/settings" Target="settings.xml"/><Relationship Id="rIdF1" Type="${R}/footer" Target="footer1.xml"/><Relationship Id="rIdF2" Type="${R}/footer" Target="footer2.xml"/></Relationships>`,
  )
  zip.file('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W}"><w:evenAndOddHeaders/></w:settings>`)
  zip.file('word/footer1.xml', footer('right'))
  zip.file('word/footer2.xml', footer('left'))
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`)
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' })
}
