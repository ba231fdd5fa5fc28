import { createHash } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import PizZip from 'pizzip'
import { describe, expect, it } from 'vitest'
import type { BatchProgress } from '../../../electron/core/documents/register/types'
import { errorOf } from '../helpers'
import { docxText, letterData, useDocsApps, type DocsApp } from './register-helpers'

const newApp = useDocsApps()
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** `n` shops in one village (names sort as 店01, 店02, …) and one elsewhere. */
async function village(app: DocsApp, n: number) {
  const area = await app.call('areas/create', { name: '长江村' })
  const other = await app.call('areas/create', { name: '象阳村' })
  for (let i = n; i >= 1; i--) await app.call('subjects/create', { name: `长江村小店${String(i).padStart(2, '0')}`, kindId: 'sk01', areaId: area.id })
  await app.call('subjects/create', { name: '象阳村小店', kindId: 'sk01', areaId: other.id })
  return area
}

const { recipient: _r, ...letter } = letterData()
const progressOf = (app: DocsApp) => app.events.filter((e) => e.event === 'documents/batch').map((e) => e.payload as BatchProgress)

describe('batch letters to every subject of a filter', () => {
  it('issues one numbered letter each, reports progress, and merges them into one file for printing', async () => {
    const app = newApp()
    const area = await village(app, 12)
    const result = await app.call('documents/batch', { kind: 'warning_letter', filter: { areaId: area.id }, data: letter, batchId: 'b1' })
    expect(result).toMatchObject({ batchId: 'b1', total: 12, issued: 12, cancelled: false, firstNumber: '柳市消安委办函〔2024〕1号', lastNumber: '柳市消安委办函〔2024〕12号' })

    const docs = (await app.call('documents/list', { batchId: 'b1', pageSize: 50 })).rows.reverse()
    expect(docs.map((d) => [d.number, d.recipient])).toEqual(Array.from({ length: 12 }, (_, i) => [`柳市消安委办函〔2024〕${i + 1}号`, `长江村小店${String(i + 1).padStart(2, '0')}`]))
    expect(docs.every((d) => d.subjectName === d.recipient && d.batchId === 'b1')).toBe(true)

    const progress = progressOf(app)
    expect(progress[0]).toEqual({ batchId: 'b1', done: 0, total: 12 })
    expect(progress.at(-1)).toEqual({ batchId: 'b1', done: 12, total: 12 })
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b))

    const combined = readFileSync(result.combinedPath ?? '')
    const text = docxText(combined)
    for (const d of docs) expect(text).toContain(`${d.recipient}：`)
    const positions = docs.map((d) => text.indexOf(d.number ?? ''))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    const xml = new PizZip(combined).file('word/document.xml')?.asText() ?? ''
    expect(xml.match(/<w:sectPr\b/g)).toHaveLength(12)
    expect(xml.match(/<w:titlePg\/>/g)).toHaveLength(12)
  })

  it('gives back the combined file, merged again when it was lost', async () => {
    const app = newApp()
    const area = await village(app, 3)
    const result = await app.call('documents/batch', { kind: 'warning_letter', filter: { areaId: area.id }, data: letter })
    const first = await app.call('documents/batchFile', { batchId: result.batchId })
    expect(sha(Buffer.from(first.base64, 'base64'))).toBe(first.sha256)
    rmSync(result.combinedPath ?? '')
    const again = await app.call('documents/batchFile', { batchId: result.batchId })
    expect(again.sha256).toBe(first.sha256)
    expect(sha(readFileSync(result.combinedPath ?? ''))).toBe(first.sha256)
  })

  it('stops when cancelled, keeping the letters already issued with their numbers', async () => {
    const app = newApp()
    await village(app, 30)
    const running = app.call('documents/batch', { kind: 'warning_letter', filter: { text: '长江村' }, data: letter, batchId: 'b2' })
    while (!progressOf(app).some((p) => p.done >= 3)) await new Promise((resolve) => setImmediate(resolve))
    expect(await app.call('documents/batchCancel', { batchId: 'b2' })).toEqual({ cancelled: true })
    const result = await running
    expect(result.cancelled).toBe(true)
    expect(result.issued).toBeGreaterThanOrEqual(3)
    expect(result.issued).toBeLessThan(30)
    const listed = await app.call('documents/list', { batchId: 'b2', pageSize: 50 })
    expect(listed.total).toBe(result.issued)
    expect(docxText(readFileSync(result.combinedPath ?? ''))).toContain(result.lastNumber ?? '?')
    expect(await app.call('documents/batchCancel', { batchId: 'b2' })).toEqual({ cancelled: false })
    expect((await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })).number).toBe(`柳市消安委办函〔2024〕${result.issued + 1}号`)
  })

  it('checks the letter before numbering anything, and refuses a filter that finds no one', async () => {
    const app = newApp()
    const area = await village(app, 2)
    const { facts: _f, ...noFacts } = letter
    expect(await errorOf(app, 'documents/batch', { kind: 'warning_letter', filter: { areaId: area.id }, data: noFacts })).toMatchObject({ code: 'VALIDATION', field: 'facts' })
    expect(await errorOf(app, 'documents/batch', { kind: 'warning_letter', filter: { text: '不存在的单位' }, data: letter })).toMatchObject({ code: 'VALIDATION', field: 'filter' })
    expect(await errorOf(app, 'documents/batch', { kind: 'rectification_notice' as 'warning_letter', filter: {}, data: letter })).toMatchObject({ field: 'kind' })
    expect((await app.call('documents/list', {})).total).toBe(0)
  })
})
