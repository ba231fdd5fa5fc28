import PizZip from 'pizzip'

/*
 * Reading a .docx back for the tests: its parts as text, and paragraphs/runs picked out of the
 * known structure with regular expressions (the templates are generated, their XML is regular).
 */

export interface Run {
  readonly rPr: string
  readonly text: string
}

export interface Paragraph {
  readonly pPr: string
  readonly style: string | null
  readonly runs: readonly Run[]
  readonly text: string
}

export class Docx {
  private readonly zip: PizZip

  constructor(bytes: Uint8Array) {
    this.zip = new PizZip(bytes)
  }

  names(): string[] {
    return Object.keys(this.zip.files).sort()
  }

  part(name: string): string {
    const f = this.zip.file(name)
    if (!f) throw new Error(`missing part ${name}`)
    return f.asText()
  }

  get document(): string {
    return this.part('word/document.xml')
  }

  /** The part a header/footer reference of the given kind points to. */
  hf(ref: 'header' | 'footer', type: 'default' | 'even' | 'first'): string | null {
    const id = new RegExp(`<w:${ref}Reference w:type="${type}" r:id="(\\w+)"/>`).exec(this.document)?.[1]
    if (!id) return null
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(this.part('word/_rels/document.xml.rels'))?.[1]
    return target ? this.part(`word/${target}`) : null
  }
}

export function paragraphs(xml: string): Paragraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? ''
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? ''
    const runs = [...inner.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '').matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r[1] ?? '')?.[1] ?? '',
      text: [...(r[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }))
    return { pPr, style: /<w:pStyle w:val="(\w+)"\/>/.exec(pPr)?.[1] ?? null, runs, text: runs.map((r) => r.text).join('') }
  })
}

/** An attribute of the first element `tag` in `xml` (e.g. attr(sectPr, 'w:pgSz', 'w:w')). */
export function attr(xml: string, tag: string, name: string): string | null {
  const el = new RegExp(`<${tag}(\\s[^>]*)?/?>`).exec(xml)?.[1] ?? ''
  return new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1] ?? null
}

/** The visible text of a part, paragraphs joined by newlines. */
export const textOf = (xml: string): string => paragraphs(xml).map((p) => p.text).join('\n')

/** Replaces text in word/document.xml of a template; fails when `from` is not there. */
export function editTemplate(bytes: Uint8Array, from: string, to: string): Buffer {
  const zip = new PizZip(bytes)
  const xml = zip.file('word/document.xml')?.asText() ?? ''
  if (!xml.includes(from)) throw new Error(`"${from}" not in the template`)
  zip.file('word/document.xml', xml.replace(from, to))
  return zip.generate({ type: 'nodebuffer' })
}
