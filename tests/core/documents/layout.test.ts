import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentKinds } from '../../../electron/core/documents/kinds'
import { render } from '../../../electron/core/documents/render'
import { sampleSettings } from '../../../electron/core/documents/sample'
import { lineTops, toPdf, words, type Word } from '../../../scripts/templates/pdf-layout'

/*
 * Where the ink lands, not only what the XML says: every kind is rendered from its fixture,
 * printed to PDF by LibreOffice (libreoffice-writer-nogui, poppler-utils; Fandol faces from
 * texlive-lang-chinese through ../shared/fonts/official-fonts.conf when present) and measured
 * word by word against the 版心 of GB/T 9704: 28–184 mm across, 37–262 mm down.
 */

const dir = mkdtempSync(join(tmpdir(), 'firedesk-layout-'))
const pages = new Map<string, Word[][]>()

beforeAll(() => {
  const files = documentKinds.map((k) => {
    const file = join(dir, `${k.code}.docx`)
    writeFileSync(file, render(k.code, k.fixture, sampleSettings))
    return file
  })
  toPdf(files, dir)
  for (const k of documentKinds) {
    const ws = words(join(dir, `${k.code}.pdf`))
    const count = Math.max(...ws.map((w) => w.page))
    pages.set(
      k.code,
      Array.from({ length: count }, (_, i) => ws.filter((w) => w.page === i + 1)),
    )
  }
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const TOLERANCE = 0.6
const isPageNumber = (w: Word) => /^(—|\d+)$/.test(w.text)

describe.each(documentKinds.map((k) => [k.code, k] as const))('%s printed by LibreOffice', (code, kind) => {
  const pagesOf = () => pages.get(code) ?? []

  it('keeps all text inside the 版心, with only the heads and feet outside it', () => {
    for (const [i, ws] of pagesOf().entries()) {
      for (const w of ws) {
        const where = `page ${i + 1} "${w.text}"`
        expect(w.left, where).toBeGreaterThanOrEqual(28 - TOLERANCE)
        expect(w.right, where).toBeLessThanOrEqual(184 + TOLERANCE)
        if (w.top < 37 - TOLERANCE) {
          // the 信函 标志 on the first page; 第 N 页 共 M 页 at the top of 笔录 pages
          const allowed = kind.format === 'letter' ? i === 0 && w.text === sampleSettings.officeName : code === 'interview_minutes' && /^(第|共|页|\d+)$/.test(w.text)
          expect(allowed, where).toBe(true)
        }
        if (w.bottom > 262 + TOLERANCE) {
          const allowed = code === 'interview_minutes' ? w.top > 262 : isPageNumber(w)
          expect(allowed, where).toBe(true)
        }
      }
    }
  })

  it('sets body lines 10.2 mm apart (22 to the page)', () => {
    const gaps = pagesOf().flatMap((ws) => {
      const tops = lineTops(ws.filter((w) => w.top >= 37 && w.bottom <= 262 && w.text.length > 6))
      return tops.slice(1).map((t, i) => t - (tops[i] ?? t))
    })
    // the most common gap: body lines (titles and tables have their own spacing)
    const body = gaps.filter((g) => g > 9 && g < 11.5).sort((a, b) => a - b)
    const pitch = body[Math.floor(body.length / 2)]
    expect(pitch).toBeGreaterThan(10.0)
    expect(pitch).toBeLessThan(10.4)
  })
})

describe.each(documentKinds.filter((k) => k.code !== 'interview_minutes').map((k) => [k.code, k] as const))('%s page numbers printed', (code, kind) => {
  it('prints — N — 7 mm below the 版心, right on odd pages and left on even ones, none on a letter’s first page', () => {
    for (const [i, ws] of (pages.get(code) ?? []).entries()) {
      const number = ws.filter((w) => w.top > 262 && isPageNumber(w))
      if (kind.format === 'letter' && i === 0) {
        expect(number).toEqual([])
        continue
      }
      expect(number.map((w) => w.text).join(' ')).toBe(`— ${i + 1} —`)
      const top = Math.min(...number.map((w) => w.top))
      expect(top).toBeGreaterThan(266)
      expect(top).toBeLessThan(271)
      if ((i + 1) % 2 === 1) expect(Math.max(...number.map((w) => w.right))).toBeCloseTo(184 - 4.9, 0)
      else expect(Math.min(...number.map((w) => w.left))).toBeCloseTo(28 + 4.9, 0)
    }
  })
})

describe.each(documentKinds.filter((k) => k.format === 'file').map((k) => [k.code] as const))('%s (文件格式) printed', (code) => {
  it('places the 标志 35 mm below the top of the 版心 and the 版记 on the last lines of the last page', () => {
    const all = pages.get(code) ?? []
    const head = all[0]?.[0]
    expect(head?.text).toBe(`${sampleSettings.officeName}文件`)
    expect(head?.top).toBeGreaterThan(37 + 35 - 3)
    expect(head?.top).toBeLessThan(37 + 35 + 1)
    const printed = all[all.length - 1]?.find((w) => w.text.endsWith('印发'))
    expect(printed?.bottom).toBeGreaterThan(255)
    expect(printed?.bottom).toBeLessThanOrEqual(262 + TOLERANCE)
  })
})
