import Docxtemplater from 'docxtemplater'
import PizZip from 'pizzip'
import { describe, expect, it } from 'vitest'
import { builtinTemplate } from '../../../electron/core/documents/builtin'
import { documentKinds, kindOf } from '../../../electron/core/documents/kinds'
import { render } from '../../../electron/core/documents/render'
import { sampleSettings } from '../../../electron/core/documents/sample'
import { DATE_RIGHT_INDENT, textWidth } from '../../../electron/core/documents/signature'
import { titleLines } from '../../../electron/core/documents/title-lines'
import { longData, LONG_OFFICE, LONG_UNIT } from '../../../scripts/templates/long-samples'
import type { DocumentKindCode } from '../../../electron/core/documents/types'
import { attr, Docx, paragraphs } from './docx'

/*
 * What a clerk used to fix by hand before printing (issue 15), read back from the .docx of every
 * kind: the 文号 flush right with no right indent, the date 右空四字 with the 署名 centred over
 * it (or the unsealed layout), the signature kept with the body, rows that may split under a
 * repeating header row, and titles broken between words.
 */

const byKind = documentKinds.map((k) => [k.code, k] as const)
const docOf = (code: DocumentKindCode, settings = sampleSettings, data: unknown = kindOf(code).fixture) => new Docx(render(code, data, settings))
const rightIndent = (pPr: string) => Number(attr(pPr, 'w:ind', 'w:right') ?? 0)
const TWO_CHARS = 640

describe.each(byKind)('%s', (code) => {
  const doc = docOf(code)
  const paras = paragraphs(doc.document)

  it('puts the 文号 with no right indent: flush right in letters and forms, centred in 文件格式', () => {
    const number = paras.filter((p) => p.style === 'FDNumber')
    if (code === 'interview_minutes') return expect(number).toEqual([])
    expect(number).toHaveLength(1)
    expect(attr(number[0]?.pPr ?? '', 'w:ind', 'w:right')).toBeNull()
    expect(attr(number[0]?.pPr ?? '', 'w:jc', 'w:val')).toBe(kindOf(code).format === 'file' ? 'center' : 'right')
  })

  it('lets table rows split across pages and repeats each table’s header row', () => {
    expect(doc.document).not.toContain('cantSplit')
    const tables = [...doc.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).filter((t) => !t.includes('w:tblpPr'))
    for (const t of tables) expect(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<\/w:tr>/.exec(t)?.[0]).toContain('<w:tblHeader/>')
  })

  if (code === 'interview_minutes') return

  it('sets the date right-aligned 右空四字 and centres the 署名 over it (sealed)', () => {
    const at = paras.findIndex((p) => p.style === 'FDSignName')
    const name = paras[at]
    const date = paras[at + 1]
    expect(date?.style).toBe('FDSignDate')
    expect(rightIndent(date?.pPr ?? '')).toBe(4 * 320)
    expect(attr(date?.pPr ?? '', 'w:jc', 'w:val')).toBe('right')
    // centre of the name = centre of the date, both measured from the right edge
    const nameCentre = rightIndent(name?.pPr ?? '') + textWidth(name?.text ?? '') / 2
    const dateCentre = DATE_RIGHT_INDENT + textWidth(date?.text ?? '') / 2
    expect(Math.abs(nameCentre - dateCentre)).toBeLessThanOrEqual(1)
  })

  it('keeps the last body paragraph and the blank line with the signature', () => {
    const at = paras.findIndex((p) => p.style === 'FDSignName')
    expect(paras[at]?.pPr).toContain('<w:keepNext/>')
    let i = at - 1
    for (; paras[i]?.text === ''; i--) expect(paras[i]?.pPr).toContain('<w:keepNext/>')
    // a form's 联系人 line goes with the signature, and so does the body paragraph above it
    if (paras[i]?.text.startsWith('联系人：')) expect(paras[--i]?.pPr).toContain('<w:keepNext/>')
    expect(paras[i]?.text).not.toBe('')
    expect(paras[i]?.text).not.toMatch(/^联系人/)
    expect(paras[i]?.pPr).toContain('<w:keepNext/>')
  })

  it('offers the unsealed layout: 署名 右空二字, the date on the next line two characters right of it', () => {
    const ps = paragraphs(docOf(code, { ...sampleSettings, docSealed: false }).document)
    const at = ps.findIndex((p) => p.style === 'FDSignName')
    const name = ps[at]
    const date = ps[at + 1]
    const nameRight = rightIndent(name?.pPr ?? '')
    const dateRight = rightIndent(date?.pPr ?? '')
    const nameLeft = nameRight + textWidth(name?.text ?? '')
    const dateLeft = dateRight + textWidth(date?.text ?? '')
    expect(nameLeft - dateLeft).toBe(TWO_CHARS)
    expect(Math.min(nameRight, dateRight)).toBe(TWO_CHARS)
  })
})

describe('titles over all kinds, with long unit and office names', () => {
  const protectedWords = ['挂牌督办', '督办', '情况', '的函', '的通知', '的通报', '汇总', '消防安全', '委员会', '办公室', '——']

  it.each(byKind)('%s breaks its title lines between words, each within the line', (code) => {
    const doc = new Docx(render(code, longData(code), { ...sampleSettings, officeName: LONG_OFFICE }))
    const titles = paragraphs(doc.document).filter((p) => p.style === 'FDTitle')
    for (const t of titles) {
      const lines = lineTexts(doc.document, t.text)
      // 二号 on the 156 mm line: 20 characters (digits half as wide)
      for (const line of lines) expect(textWidth(line) / 320, line).toBeLessThanOrEqual(20.5)
      const joined = lines.join('|')
      for (const w of [...protectedWords, LONG_UNIT]) {
        const whole = joined.replaceAll('|', '')
        if (whole.includes(w)) expect(joined, `${joined} splits ${w}`).toContain(w)
      }
      for (const line of lines.slice(1)) expect([...line].length, joined).toBeGreaterThanOrEqual(3)
    }
  })

  it('keeps 关于…的 phrases whole and balances the lines', () => {
    expect(titleLines('关于对柳市镇好运来小吃店重大火灾隐患实行挂牌督办的通知', ['柳市镇好运来小吃店'])).toBe('关于对柳市镇好运来小吃店\n重大火灾隐患实行挂牌督办的通知')
    expect(titleLines('2024年第一季度消防安全隐患排查整治工作情况汇总')).toBe('2024年第一季度消防安全隐患\n排查整治工作情况汇总')
    expect(titleLines('关于柳市镇鑫达五金店消防安全隐患整改情况的函', ['柳市镇鑫达五金店'])).toBe('关于柳市镇鑫达五金店\n消防安全隐患整改情况的函')
    expect(titleLines('消防安全警示函')).toBe('消防安全警示函')
  })

  it('never splits the dash pair ——', () => {
    const t = titleLines('关于乐清市柳市镇长江村宏盛电器有限公司——电动自行车违规停放充电问题的函告')
    expect(t.split('\n').every((l) => !l.endsWith('—') || l.endsWith('——'))).toBe(true)
    expect(t).toContain('——')
  })
})

/** The lines of the title paragraph whose text is `text`: its runs split at <w:br/>. */
function lineTexts(xml: string, text: string): string[] {
  const p = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)].map((m) => m[0]).find((x) => x.includes('FDTitle') && x.replace(/<[^>]+>/g, '') === text)
  return (p ?? '')
    .split('<w:br/>')
    .map((part) => [...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((l) => l !== '')
}

it('renders one template for different data in turn without mixing them up', () => {
  const a = render('rectification_notice', kindOf('rectification_notice').fixture, sampleSettings)
  const b = render('rectification_notice', longData('rectification_notice'), sampleSettings)
  expect(render('rectification_notice', kindOf('rectification_notice').fixture, sampleSettings).equals(a)).toBe(true)
  expect(new Docx(b).document).toContain(LONG_UNIT)
  expect(new Docx(a).document).not.toContain(LONG_UNIT)
})

it('renders with each template compiled once, byte for byte as a fresh docxtemplater does', () => {
  for (const kind of documentKinds) {
    const view = kind.view(kind.fixture, sampleSettings)
    const fresh = new PizZip(builtinTemplate(kind.code))
    new Docxtemplater(fresh, { paragraphLoop: true, linebreaks: true }).render(view)
    const first = new Docx(render(kind.code, kind.fixture, sampleSettings))
    const again = new Docx(render(kind.code, kind.fixture, sampleSettings))
    expect(again.document).toBe(first.document)
    // the same text as docxtemplater alone gives (the signature step changes only indents and keeps)
    const strip = (x: string) => x.replace(/<w:(ind|jc|keepNext)\b[^>]*\/>/g, '')
    expect(strip(first.document)).toBe(strip(fresh.file('word/document.xml')?.asText() ?? ''))
  }
})

it('sets the quarterly report’s tables in 小四 or 四号 and its 其中 rows two characters in, under the row they belong to', () => {
  const doc = docOf('quarterly_report')
  const tables = [...doc.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0])
  expect(tables.length).toBeGreaterThan(0)
  // half-points: 24 = 小四 (12 pt), 28 = 四号 (14 pt)
  for (const t of tables) for (const [, sz] of t.matchAll(/<w:sz w:val="(\d+)"/g)) expect(['24', '28']).toContain(sz)
  const labels = paragraphs(tables[0] ?? '').map((p) => p.text)
  const part = labels.findIndex((l) => l.includes('其中：重大火灾隐患'))
  expect(labels[part]).toBe('\u3000\u3000其中：重大火灾隐患')
  expect(labels.slice(0, part).some((l) => l.startsWith('发现'))).toBe(true)
})
