import { describe, expect, it } from 'vitest'
import { documentKinds } from '../../../electron/core/documents/kinds'
import { render } from '../../../electron/core/documents/render'
import { sampleSettings } from '../../../electron/core/documents/sample'
import { attr, Docx, paragraphs, textOf } from './docx'

/*
 * Every kind rendered from its fixture, read back from the XML: the GB/T 9704 page, fonts and
 * sizes, the red head or the letter's double lines, the 文号, the dates and the page numbers.
 */

const rendered = documentKinds.map((kind) => ({ kind, docx: new Docx(render(kind.code, kind.fixture, sampleSettings)) }))
const cases = rendered.map((r) => [r.kind.code, r] as const)

const sectPr = (d: Docx) => /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(d.document)?.[0] ?? ''
const font = (rPr: string) => attr(rPr, 'w:rFonts', 'w:eastAsia')
const halfPoints = (rPr: string) => Number(attr(rPr, 'w:sz', 'w:val'))
/** A run that sets characters (a long title's line break is a bare run of its own). */
const hasText = (r: { rPr: string; text: string }) => r.rPr !== '' || r.text !== ''
const allParts = (d: Docx) => d.names().filter((n) => n.endsWith('.xml')).map((n) => d.part(n))

describe.each(cases)('%s rendered from its fixture', (_code, { kind, docx }) => {
  it('is A4 with margins 37/35/28/26 mm and a 22 × 28 grid', () => {
    const s = sectPr(docx)
    expect([attr(s, 'w:pgSz', 'w:w'), attr(s, 'w:pgSz', 'w:h')]).toEqual(['11906', '16838'])
    expect(['w:top', 'w:bottom', 'w:left', 'w:right'].map((a) => attr(s, 'w:pgMar', a))).toEqual(['2098', '1984', '1587', '1474'])
    expect(attr(s, 'w:docGrid', 'w:type')).toBe('linesAndChars')
    const pitch = Number(attr(s, 'w:docGrid', 'w:linePitch'))
    expect(Math.floor((16838 - 2098 - 1984) / pitch)).toBe(22)
    const charPitchPt = 16 + Number(attr(s, 'w:docGrid', 'w:charSpace')) / 4096
    expect(Math.floor((11906 - 1587 - 1474) / 20 / charPitchPt)).toBe(28)
  })

  it('sets East Asian, Latin fonts and zh-CN on every run', () => {
    for (const xml of allParts(docx)) {
      for (const p of paragraphs(xml)) {
        // a title's line break is a run of its own, with no characters to set
        for (const r of p.runs.filter(hasText)) {
          expect(font(r.rPr), r.text).not.toBeNull()
          expect(attr(r.rPr, 'w:rFonts', 'w:ascii')).toBe(font(r.rPr))
          expect(attr(r.rPr, 'w:rFonts', 'w:hAnsi')).toBe(font(r.rPr))
          expect(attr(r.rPr, 'w:lang', 'w:eastAsia')).toBe('zh-CN')
        }
      }
    }
  })

  it('keeps a 破折号 —— whole in Word: for zh-CN text the dash cannot begin a line, the usual rules kept', () => {
    const settings = docx.part('word/settings.xml')
    const before = /<w:noLineBreaksBefore w:lang="zh-CN" w:val="([^"]*)"\/>/.exec(settings)?.[1] ?? ''
    const after = /<w:noLineBreaksAfter w:lang="zh-CN" w:val="([^"]*)"\/>/.exec(settings)?.[1] ?? ''
    expect(before).toContain('—')
    for (const closing of '，。、；：？！）》」』】…') expect(before).toContain(closing)
    for (const opening of '（《「『【“') expect(after).toContain(opening)
    // the schema's order: after characterSpacingControl, before compat
    expect(settings.indexOf('characterSpacingControl')).toBeLessThan(settings.indexOf('noLineBreaksAfter'))
    expect(settings.indexOf('noLineBreaksBefore')).toBeLessThan(settings.indexOf('<w:compat>'))
  })

  it('sets the body in 三号 仿宋_GB2312, indented two characters, 28 to the line', () => {
    const body = paragraphs(docx.document).filter((p) => p.style === 'FDBody' && p.text !== '')
    expect(body.length).toBeGreaterThan(2)
    for (const p of body) {
      expect(attr(p.pPr, 'w:ind', 'w:firstLineChars'), p.text).toBe('200')
      expect(attr(p.pPr, 'w:spacing', 'w:line'), p.text).toBe('579')
      for (const r of p.runs) {
        expect(halfPoints(r.rPr), r.text).toBe(32)
        expect(font(r.rPr), r.text).toBe('仿宋_GB2312')
        expect(28 * (16 + Number(attr(r.rPr, 'w:spacing', 'w:val')) / 20)).toBeLessThanOrEqual((11906 - 1587 - 1474) / 20)
      }
    }
  })

  it('sets the title in 二号 方正小标宋简体, centred', () => {
    const titles = paragraphs(docx.document).filter((p) => p.style === 'FDTitle')
    expect(titles.length).toBeGreaterThan(0)
    for (const p of titles) {
      expect(attr(p.pPr, 'w:jc', 'w:val')).toBe('center')
      for (const r of p.runs.filter(hasText)) {
        expect(halfPoints(r.rPr)).toBe(44)
        expect(font(r.rPr)).toBe('方正小标宋简体')
      }
    }
  })

  it('numbers the document with 〔〕 and no leading zero, and writes dates as 2024年3月5日', () => {
    const text = textOf(docx.document)
    const fixture = kind.fixture as Record<string, unknown>
    if (kind.code !== 'interview_minutes') {
      const number = paragraphs(docx.document).find((p) => p.style === 'FDNumber')?.text
      expect(number).toBe(fixture.number)
      expect(number).toMatch(/^\S+〔\d{4}〕[1-9]\d*号$/)
    }
    if (typeof fixture.date === 'string') {
      const [y, m, d] = fixture.date.split('-').map(Number)
      expect(text).toContain(`${y}年${m}月${d}日`)
    }
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(text).not.toMatch(/[{}｛｝]|undefined|null|\[object/)
  })

  it('uses no text boxes', () => {
    for (const xml of allParts(docx)) expect(xml).not.toContain('w:txbxContent')
  })
})

const byFormat = (format: string) => cases.filter(([, r]) => r.kind.format === format)

describe.each(byFormat('file'))('%s (文件格式)', (_code, { docx }) => {
  it('opens with the red 发文机关标志 and a red separator under the 文号', () => {
    const ps = paragraphs(docx.document)
    const head = ps[0]
    expect(head?.style).toBe('FDHead')
    expect(head?.text).toBe(`${sampleSettings.officeName}文件`)
    for (const r of head?.runs ?? []) {
      expect(attr(r.rPr, 'w:color', 'w:val')).toBe('FF0000')
      expect(font(r.rPr)).toBe('方正小标宋简体')
    }
    // 35 mm below the top of the 版心 (a line's leading is taken off the space before)
    expect(Number(attr(head?.pPr ?? '', 'w:spacing', 'w:before'))).toBeGreaterThan(1700)
    const number = ps.find((p) => p.style === 'FDNumber')
    expect(attr(number?.pPr ?? '', 'w:bottom', 'w:color')).toBe('FF0000')
    expect(attr(number?.pPr ?? '', 'w:bottom', 'w:val')).toBe('single')
    expect(attr(number?.pPr ?? '', 'w:jc', 'w:val')).toBe('center')
  })

  it('ends with a 版记 of 抄送 and 印发 between thick, thin and thick rules at the bottom of the 版心', () => {
    const table = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?抄送：[\s\S]*?<\/w:tbl>/.exec(docx.document)?.[0] ?? ''
    expect(attr(table, 'w:tblpPr', 'w:tblpYSpec')).toBe('bottom')
    expect(attr(table, 'w:tblpPr', 'w:vertAnchor')).toBe('margin')
    expect([attr(table, 'w:top', 'w:sz'), attr(table, 'w:insideH', 'w:sz'), attr(table, 'w:bottom', 'w:sz')]).toEqual(['8', '6', '8'])
    expect(textOf(table)).toMatch(/^抄送：\n.+。\n.+办公室\n\d{4}年\d{1,2}月\d{1,2}日印发$/)
  })
})

describe.each(byFormat('letter'))('%s (信函格式)', (_code, { docx }) => {
  it('puts the red 标志 and the thick-over-thin double line, 170 mm long, in the first-page header', () => {
    const first = paragraphs(docx.hf('header', 'first') ?? '')
    expect(first).toHaveLength(1)
    const head = first[0]
    expect(head?.text).toBe(sampleSettings.officeName)
    expect(attr(head?.runs[0]?.rPr ?? '', 'w:color', 'w:val')).toBe('FF0000')
    expect(attr(head?.pPr ?? '', 'w:bottom', 'w:val')).toBe('thickThinSmallGap')
    expect(attr(head?.pPr ?? '', 'w:bottom', 'w:color')).toBe('FF0000')
    const width = 11906 - 1587 - 1474 - Number(attr(head?.pPr ?? '', 'w:ind', 'w:left')) - Number(attr(head?.pPr ?? '', 'w:ind', 'w:right'))
    expect(width / (1440 / 25.4)).toBeCloseTo(170, 0)
  })

  it('puts the thin-over-thick double line in the first-page footer, with no page number there', () => {
    const footer = docx.hf('footer', 'first') ?? ''
    expect(attr(footer, 'w:bottom', 'w:val')).toBe('thinThickSmallGap')
    expect(attr(footer, 'w:bottom', 'w:color')).toBe('FF0000')
    expect(footer).not.toContain('PAGE')
    expect(sectPr(docx)).toContain('<w:titlePg/>')
    // the footer's bottom edge: 20 mm above the bottom of the page
    expect(Number(attr(sectPr(docx), 'w:pgMar', 'w:footer'))).toBe(Math.round((20 * 1440) / 25.4))
  })

  it('puts the 文号 flush right under the double line', () => {
    const number = paragraphs(docx.document)[0]
    expect(number?.style).toBe('FDNumber')
    expect(attr(number?.pPr ?? '', 'w:jc', 'w:val')).toBe('right')
  })
})

describe.each(cases.filter(([code]) => code !== 'interview_minutes'))('%s page numbers', (_code, { docx }) => {
  it('prints — N — in 4号 宋体, odd pages right and even pages left, one character in', () => {
    expect(docx.part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
    for (const [type, align, side] of [
      ['default', 'right', 'w:right'],
      ['even', 'left', 'w:left'],
    ] as const) {
      const footer = docx.hf('footer', type) ?? ''
      const p = paragraphs(footer)[0]
      expect(p?.text).toBe('— 1 —')
      expect(footer).toMatch(/<w:instrText[^>]*> PAGE <\/w:instrText>/)
      expect(attr(p?.pPr ?? '', 'w:jc', 'w:val')).toBe(align)
      expect(attr(p?.pPr ?? '', 'w:ind', side)).toBe('280')
      for (const r of p?.runs ?? []) {
        expect(halfPoints(r.rPr)).toBe(28)
        expect(font(r.rPr)).toBe('宋体')
      }
    }
  })
})

describe('interview_minutes', () => {
  const docx = rendered.find((r) => r.kind.code === 'interview_minutes')?.docx as Docx

  it('heads every page 第 N 页 共 M 页 and ends every page with 以上记录属实 and the signature line', () => {
    for (const type of ['default', 'even'] as const) {
      const header = docx.hf('header', type) ?? ''
      expect(textOf(header)).toBe('第 1 页　共 1 页')
      expect(header).toMatch(/> PAGE </)
      expect(header).toMatch(/> NUMPAGES </)
      expect(textOf(docx.hf('footer', type) ?? '')).toMatch(/^以上记录属实。\n被约谈人（签名）：\s+　日期：\s+$/)
    }
  })

  it('records the start and end time and each question with its answer', () => {
    const text = textOf(docx.document)
    expect(text).toContain('时　　间：2024年3月26日9时30分至10时20分')
    expect(text).toMatch(/问：我们是柳市镇.+\n答：清楚。/)
    expect(text.match(/^问：/gm)).toHaveLength(4)
    expect(text.match(/^答：/gm)).toHaveLength(4)
  })
})

it('forms carry no red', () => {
  for (const [, { docx }] of byFormat('form')) {
    for (const name of docx.names().filter((n) => /^word\/(document|header\d|footer\d)\.xml$/.test(n))) expect(docx.part(name)).not.toContain('FF0000')
  }
})
