/*
 * The 发文机关标志 stays on one line (GB/T 9704 7.2.2: 以醒目美观、庄重为原则): a long office
 * name is narrowed (character width, w:w, down to 60 %) and then set smaller until it fits,
 * instead of wrapping. The template's
 * FDHead paragraphs carry their size and, in 文件格式, a width already below 100 %; the
 * available width is the 版心's (156 mm) less the paragraph's indents (the letter's head reaches
 * into both margins, 170 mm).
 */

const TEXT_WIDTH = 8845
const PARA = /<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g
/** Narrower than this the characters lose their shape: the size goes down instead. */
const MIN_SCALE = 60

const num = (xml: string, re: RegExp): number | null => {
  const m = re.exec(xml)
  return m ? Number(m[1]) : null
}

function fitHeadParagraph(p: string): string {
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? ''
  const available = TEXT_WIDTH - (num(pPr, /<w:ind [^>]*w:left="(-?\d+)"/) ?? 0) - (num(pPr, /<w:ind [^>]*w:right="(-?\d+)"/) ?? 0)
  const runs = p.slice(pPr.length + p.indexOf(pPr))
  const size = num(runs, /<w:sz w:val="(\d+)"\/>/)
  if (size === null) return p
  const scale = num(runs, /<w:w w:val="(\d+)"\/>/) ?? 100
  const chars = [...[...runs.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')]
  const ems = chars.reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1), 0)
  // twips: half-points × 10 per em, at the run's width
  const width = ems * size * 10 * (scale / 100)
  if (width <= available) return p
  const fitted = Math.max(MIN_SCALE, Math.floor((scale * available) / width))
  // what the narrowing leaves over, the size takes (in whole points, half-point values even)
  const sized = Math.min(size, 2 * Math.floor((size * available * scale) / (width * fitted) / 2))
  const withFit = (rPr: string) =>
    (rPr.includes('<w:w ') ? rPr.replace(/<w:w w:val="\d+"\/>/, `<w:w w:val="${fitted}"/>`) : rPr.replace(/<w:kern /, `<w:w w:val="${fitted}"/><w:kern `))
      .replace(/<w:sz w:val="\d+"\/>/, `<w:sz w:val="${sized}"/>`)
      .replace(/<w:szCs w:val="\d+"\/>/, `<w:szCs w:val="${sized}"/>`)
  return p.slice(0, p.indexOf(pPr) + pPr.length) + runs.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/g, withFit)
}

/** document.xml or a header with every 发文机关标志 on one line. */
export function fitHeads(xml: string): string {
  if (!xml.includes('w:val="FDHead"')) return xml
  return xml.replace(PARA, (p) => (p.includes('<w:pStyle w:val="FDHead"/>') ? fitHeadParagraph(p) : p))
}
