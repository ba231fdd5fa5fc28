import PizZip from 'pizzip'

/** The table of a printed list's .docx as Word holds it: each row's cell texts, whether the row repeats as a header, the page size. */
export function readSheetDocx(dataBase64: string) {
  const xml = new PizZip(Buffer.from(dataBase64, 'base64')).file('word/document.xml')?.asText() ?? ''
  const texts = (part: string) => [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('')
  const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)?.[0] ?? ''
  const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => ({
    header: (m[1] ?? '').includes('<w:tblHeader/>'),
    cells: [...(m[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => texts(c[1] ?? '')),
  }))
  return { before: texts(xml.slice(0, xml.indexOf('<w:tbl>'))), rows, page: /<w:pgSz w:w="(\d+)" w:h="(\d+)"\/>/.exec(xml)?.slice(1) }
}
