/*
 * 署名 and 成文日期 as GB/T 9704 places them, settled after the text is in (the template cannot
 * know how long the office name and the date are):
 * - sealed (加盖印章): the date right-aligned with its last character 右空四字 (four 三号
 *   characters, 1280 twips, from the right edge of the 版心) whatever its length, and the 署名
 *   centred over the date;
 * - unsealed: the 署名 右空二字, the date on the next line, its first character two characters
 *   right of the 署名's first; when the date is the longer, the date keeps 右空二字 and the
 *   署名 moves left to match.
 * The paragraphs are the template's FDSignName and FDSignDate ones; a template without them (an
 * older or a staff-made one) is left as it is. The paragraphs before the signature (the last body
 * paragraph, a form's 联系人 line and the blank lines) are kept with it, so the signature never
 * opens a page alone or with only the 联系人 line.
 */

/** 三号 (16 pt) in twips, and the −0.3 pt the body's characters are condensed by (28 to the line). */
const EM = 320
const CONDENSED = -6
export const DATE_RIGHT_INDENT = 4 * EM
const TWO_CHARS = 2 * EM

/*
 * Word, WPS and LibreOffice put a little space (about a fifth of a character; measured 3.2 pt in
 * LibreOffice) where Chinese meets digits or Latin letters, as in 2024年3月5日.
 */
const AUTO_SPACE = 64

const isHalfWidth = (ch: string): boolean => (ch.codePointAt(0) ?? 0) < 0x2e80 && ch !== '—'

/** Printed width of one line of 三号 text: full-width characters one em, ASCII half an em. */
export function textWidth(s: string): number {
  let w = 0
  let prev: boolean | null = null
  for (const ch of s) {
    const half = isHalfWidth(ch)
    w += (half ? EM / 2 : EM) + CONDENSED + (prev !== null && prev !== half ? AUTO_SPACE : 0)
    prev = half
  }
  return w
}

const PARA = /<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g
const styleOf = (p: string): string | undefined => /<w:pStyle w:val="(\w+)"\/>/.exec(p)?.[1]
const textOf = (p: string): string => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

/** Sets a paragraph's right indent (twips, may be negative: into the margin) and right alignment. */
function setRight(p: string, right: number): string {
  const noInd = p.replace(/<w:ind\b[^>]*\/>/, '').replace(/<w:jc\b[^>]*\/>/, '')
  return noInd.replace(/(<w:rPr>(?:(?!<\/w:pPr>)[\s\S])*<\/w:rPr><\/w:pPr>|<\/w:pPr>)/, `<w:ind w:right="${right}"/><w:jc w:val="right"/>$1`)
}

const CONTACT = /^\s*联系人[:：]/

const keepNext = (p: string): string => (p.includes('<w:keepNext/>') ? p : p.replace(/<w:pPr>(<w:pStyle w:val="\w+"\/>)?/, (m) => `${m}<w:keepNext/>`))

export interface SignatureLayout {
  /** with the seal (default) or without */
  readonly sealed: boolean
}

/** document.xml with the signature placed and kept with the paragraph before it. */
export function placeSignature(xml: string, layout: SignatureLayout): string {
  const paras = [...xml.matchAll(PARA)]
  const nameAt = paras.findIndex((m) => styleOf(m[0]) === 'FDSignName')
  const dateAt = paras.findIndex((m) => styleOf(m[0]) === 'FDSignDate')
  if (nameAt < 0 || dateAt !== nameAt + 1) return xml
  const name = textWidth(textOf(paras[nameAt]?.[0] ?? ''))
  const date = textWidth(textOf(paras[dateAt]?.[0] ?? ''))
  let nameRight: number
  let dateRight: number
  if (layout.sealed) {
    dateRight = DATE_RIGHT_INDENT
    // centred over the date; a name longer than the date by more than eight characters stops at the edge
    nameRight = Math.max(0, DATE_RIGHT_INDENT + Math.round((date - name) / 2))
  } else {
    nameRight = TWO_CHARS + Math.max(0, date + TWO_CHARS - name)
    dateRight = nameRight + name - TWO_CHARS - date
  }
  const replaced = new Map<number, string>()
  replaced.set(nameAt, keepNext(setRight(paras[nameAt]?.[0] ?? '', nameRight)))
  replaced.set(dateAt, setRight(paras[dateAt]?.[0] ?? '', dateRight))
  // Blank lines above the signature, and the body paragraph above them, stay on its page.
  for (let i = nameAt - 1; i >= 0; i--) {
    const p = paras[i]?.[0] ?? ''
    const next = paras[i + 1]
    // a table's last cell is not the body paragraph; a section break ends the search too
    if (p.includes('<w:sectPr') || /<\/?w:t(bl|c|r)\b/.test(xml.slice((paras[i]?.index ?? 0) + p.length, next?.index))) break
    replaced.set(i, keepNext(p))
    // the 联系人 line of a form goes with the signature; the body paragraph is the one above it
    if (textOf(p).trim() !== '' && !CONTACT.test(textOf(p))) break
  }
  let out = ''
  let last = 0
  for (const [i, m] of paras.entries()) {
    const r = replaced.get(i)
    if (r === undefined) continue
    out += xml.slice(last, m.index) + r
    last = (m.index ?? 0) + m[0].length
  }
  return out + xml.slice(last)
}
