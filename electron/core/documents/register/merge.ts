import PizZip from 'pizzip'
import { packDocx } from '../zip'
import { readParts } from '../zip-read'

/*
 * One .docx holding many documents rendered from the same template, for printing a batch in one
 * go. Each document keeps its own section (so its page numbering restarts and its first page keeps
 * the letter head): its closing sectPr moves into its last paragraph, which makes a section break.
 * Headers and footers whose text differs between documents are added as parts of their own.
 * Only the bodies are held until the end: memory grows with the output, not with anything else.
 */

const HEADER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'
const FOOTER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml'
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

interface Rel {
  id: string
  type: string
  target: string
}

function relsOf(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b([^>]*)\/>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1] ?? '')?.[1] ?? ''
    return { id: attr('Id'), type: attr('Type'), target: attr('Target') }
  })
}

function splitBody(xml: string): { head: string; content: string; sectPr: string } {
  const open = xml.indexOf('<w:body>')
  const close = xml.lastIndexOf('</w:body>')
  const sectAt = xml.lastIndexOf('<w:sectPr', close)
  if (open < 0 || close < 0 || sectAt < open) throw new Error('document.xml without body or section properties')
  return { head: xml.slice(0, open), content: xml.slice(open + '<w:body>'.length, sectAt), sectPr: xml.slice(sectAt, close) }
}

/** Puts the section properties into the body's last paragraph (or a new one after a table). */
function closeSection(content: string, sectPr: string): string {
  if (!content.endsWith('</w:p>')) return `${content}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`
  const start = Math.max(content.lastIndexOf('<w:p>'), content.lastIndexOf('<w:p '))
  const para = content.slice(start)
  const withSect = para.includes('</w:pPr>') ? para.replace('</w:pPr>', `${sectPr}</w:pPr>`) : para.replace(/^<w:p( [^>]*)?>/, (tag) => `${tag}<w:pPr>${sectPr}</w:pPr>`)
  return content.slice(0, start) + withSect
}

export class DocxMerger {
  private base: PizZip | null = null
  private head = ''
  private readonly sections: string[] = []
  private last: { content: string; sectPr: string } | null = null
  /** header/footer text → its relationship id in the merged file */
  private readonly partIds = new Map<string, string>()
  private readonly added: { id: string; type: string; name: string; xml: string }[] = []

  get count(): number {
    return this.sections.length + (this.last ? 1 : 0)
  }

  add(docx: Uint8Array): void {
    const first = !this.base
    const part = this.partsOf(docx)
    const { head, content, sectPr } = splitBody(part('word/document.xml') ?? '')
    const rels = new Map(relsOf(part('word/_rels/document.xml.rels') ?? '').map((r) => [r.id, r]))
    if (first) this.head = head
    const mapped = sectPr.replace(/(<w:(header|footer)Reference\b[^>]*\br:id=")([^"]+)(")/g, (whole, pre: string, what: string, id: string, post: string) => {
      const rel = rels.get(id)
      const xml = rel ? part(`word/${rel.target}`) : undefined
      if (xml === undefined) return whole
      return `${pre}${this.partId(what as 'header' | 'footer', id, xml)}${post}`
    })
    if (this.last) this.sections.push(closeSection(this.last.content, this.last.sectPr))
    this.last = { content, sectPr: mapped }
  }

  /*
   * The text of a document's parts. The first is opened with PizZip, being the package the merged
   * file is written into; the others' few parts are read natively (readParts), or with PizZip
   * where that reader does not follow the package.
   */
  private partsOf(docx: Uint8Array): (name: string) => string | undefined {
    const texts = this.base ? readParts(docx, (n) => n === 'word/_rels/document.xml.rels' || /^word\/[^/]+\.xml$/.test(n)) : null
    if (texts) return (name) => texts.get(name)
    const zip = new PizZip(docx)
    this.base ??= zip
    return (name) => zip.file(name)?.asText()
  }

  /** The first document's parts keep their ids; a part with other text is added under a new id. */
  private partId(what: 'header' | 'footer', id: string, xml: string): string {
    const known = this.partIds.get(xml)
    if (known) return known
    const isBase = this.added.length === 0 && this.sections.length === 0 && !this.last
    const newId = isBase ? id : `rIdFdMerge${this.added.length + 1}`
    if (!isBase) this.added.push({ id: newId, type: what, name: `${what}FdMerge${this.added.length + 1}.xml`, xml })
    this.partIds.set(xml, newId)
    return newId
  }

  finish(): Buffer {
    if (!this.base || !this.last) throw new Error('nothing to merge')
    const zip = this.base
    const body = this.sections.join('') + this.last.content + this.last.sectPr
    zip.file('word/document.xml', `${this.head}<w:body>${body}</w:body></w:document>`)
    if (this.added.length > 0) {
      const rels = zip.file('word/_rels/document.xml.rels')?.asText() ?? ''
      const types = zip.file('[Content_Types].xml')?.asText() ?? ''
      const newRels = this.added.map((p) => `<Relationship Id="${p.id}" Type="${REL_BASE}/${p.type}" Target="${p.name}"/>`).join('')
      const newTypes = this.added.map((p) => `<Override PartName="/word/${p.name}" ContentType="${p.type === 'header' ? HEADER_TYPE : FOOTER_TYPE}"/>`).join('')
      for (const p of this.added) zip.file(`word/${p.name}`, p.xml)
      zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', `${newRels}</Relationships>`))
      zip.file('[Content_Types].xml', types.replace('</Types>', `${newTypes}</Types>`))
    }
    return packDocx(zip)
  }
}
