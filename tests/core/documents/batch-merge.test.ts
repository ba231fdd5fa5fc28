import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BatchProgress } from '../../../electron/core/documents/register/types'
import { docxText, letterData, useDocsApps } from './register-helpers'

/*
 * A batch's letters are issued on the calling thread, the loop yielding between them; their
 * merge into the combined file, the longest stall of a batch (0.2 s for 500 letters), is made on a
 * worker from the letters' files, so the window keeps answering until the batch is closed.
 */

const newApp = useDocsApps()
const { recipient: _r, ...letter } = letterData()

describe('the combined file of a batch', () => {
  it('is merged while the calling thread keeps answering, and holds every letter', { timeout: 30_000 }, async () => {
    const app = newApp()
    const area = await app.call('areas/create', { name: '长江村' })
    for (let i = 1; i <= 15; i++) await app.call('subjects/create', { name: `长江村小店${String(i).padStart(2, '0')}`, kindId: 'sk01', areaId: area.id })
    const lastDone = () => (app.events.filter((e) => e.event === 'documents/batch').at(-1)?.payload as BatchProgress | undefined)?.done
    // A 5 ms timer counted once every letter is issued, until the batch answers: the merge and the close.
    let ticks = 0
    let mergeStarted = 0
    const timer = setInterval(() => {
      if (lastDone() !== 15) return
      mergeStarted ||= Date.now()
      ticks++
    }, 5)
    const result = await app.call('documents/batch', { kind: 'warning_letter', filter: { areaId: area.id }, data: letter }).finally(() => clearInterval(timer))
    const ms = Date.now() - mergeStarted
    // On the calling thread nothing yields after the last letter: the timer would not fire at all.
    expect(ticks).toBeGreaterThan(2)
    expect(ticks).toBeGreaterThan(ms / 5 / 4)

    expect(result).toMatchObject({ issued: 15, cancelled: false })
    const combined = readFileSync(result.combinedPath ?? '')
    const text = docxText(combined)
    for (let i = 1; i <= 15; i++) expect(text).toContain(`长江村小店${String(i).padStart(2, '0')}：`)
    const file = await app.call('documents/batchFile', { batchId: result.batchId })
    expect(file.sha256).toBe(createHash('sha256').update(combined).digest('hex'))
  })
})
