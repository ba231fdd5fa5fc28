import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentKinds } from '../../../electron/core/documents/kinds'
import { render } from '../../../electron/core/documents/render'
import { sampleSettings } from '../../../electron/core/documents/sample'
import { LONG_OFFICE, longData } from '../../../scripts/templates/long-samples'
import { toPdf, words, type Word } from '../../../scripts/templates/pdf-layout'

/*
 * Long documents printed by LibreOffice (issue 15): every kind with long names and titles, a
 * 25-hazard notice with hazards of 300 characters, a town's villages in the quarterly report.
 * Nothing lands outside the 版心 (28–184 mm across, 37–262 mm down) but the heads and feet
 * that belong there, the 25 hazards take a few pages, not one each, and the 版记 ends the last page.
 */

const dir = mkdtempSync(join(tmpdir(), 'firedesk-print-layout-'))
const printed = new Map<string, Word[]>()
const long = { ...sampleSettings, officeName: LONG_OFFICE }

beforeAll(() => {
  const files = documentKinds.map((k) => {
    const file = join(dir, `${k.code}.docx`)
    writeFileSync(file, render(k.code, longData(k.code), long))
    return file
  })
  toPdf(files, dir)
  for (const k of documentKinds) printed.set(k.code, words(join(dir, `${k.code}.pdf`)))
}, 180_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const TOLERANCE = 0.6
const pageCount = (ws: readonly Word[]) => Math.max(...ws.map((w) => w.page))

describe.each(documentKinds.map((k) => [k.code, k] as const))('%s with long data, printed', (code, kind) => {
  it('keeps every word inside the 版心 but the letter head, page numbers and the 笔录 feet', () => {
    for (const w of printed.get(code) ?? []) {
      const where = `page ${w.page} "${w.text}"`
      // the 信函 标志 spans the 170 mm double line, 20–190 mm
      const letterHead = kind.format === 'letter' && w.page === 1 && w.top < 37
      expect(w.left, where).toBeGreaterThanOrEqual((letterHead ? 20 : 28) - TOLERANCE)
      expect(w.right, where).toBeLessThanOrEqual((letterHead ? 190 : 184) + TOLERANCE)
      if (w.top < 37 - TOLERANCE) expect((kind.format === 'letter' && w.page === 1) || code === 'interview_minutes', where).toBe(true)
      if (w.bottom > 262 + TOLERANCE) expect(/^(—|\d+)$/.test(w.text) || code === 'interview_minutes', where).toBe(true)
    }
  })

  it('prints the office name of 23 characters on one line at the head', () => {
    const ws = printed.get(code) ?? []
    const first = ws.filter((w) => w.page === 1)
    if (kind.format === 'form') return
    const head = first.find((w) => w.text.startsWith('浙江省'))
    expect(head?.text).toContain(kind.format === 'file' ? `${LONG_OFFICE}文件` : LONG_OFFICE)
  })
})

it('prints 25 hazards of 300 characters on a few pages, the rows running on under a repeated header', () => {
  const ws = printed.get('rectification_notice') ?? []
  // 29 pages when every row had to stay whole on one page, 8 with the rows in 小四 on 15 pt
  expect(pageCount(ws)).toBeLessThanOrEqual(6)
  for (let p = 2; p < pageCount(ws); p++) expect(ws.filter((w) => w.page === p).some((w) => w.text === '隐患、依据和整改要求'), `page ${p}`).toBe(true)
})

it('ends the quarterly report and the circular with the 版记 at the foot of the last page', () => {
  for (const code of ['quarterly_report', 'circular', 'supervision_notice']) {
    const ws = printed.get(code) ?? []
    const last = ws.filter((w) => w.page === pageCount(ws) && w.top < 262)
    expect(last.some((w) => w.text.endsWith('印发')), code).toBe(true)
    // the 印发 row is the last line of the 版心 (a long 印发机关 takes two lines, the date on the first)
    expect(Math.max(...last.map((w) => w.bottom)), code).toBeGreaterThan(255)
  }
})
