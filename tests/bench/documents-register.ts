import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { openApp } from '../../electron/core/app'
import { fixedClock } from '../../electron/core/clock'
import PizZip from 'pizzip'
import { builtinTemplate } from '../../electron/core/documents/builtin'
import { CompiledTemplate } from '../../electron/core/documents/compiled'
import { kindOf } from '../../electron/core/documents/kinds'
import { newDocxtemplater } from '../../electron/core/documents/render'
import { sampleSettings } from '../../electron/core/documents/sample'
import { printRatio } from './floor'
import { measure, timed, type BenchResult } from './measure'

const LETTERS = 500

/** A full collection, so that heap figures show what stays behind, not garbage not yet collected. */
function collect(): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

/**
 * The register (issue 4): one rectification notice issued through the handler — numbered, rendered,
 * written, registered with its frozen data, in one transaction (median < 50 ms); a batch of 500
 * warning letters to the subjects of a filter, each numbered and registered, plus the combined
 * file (< 20 s), with the heap sampled along the way to show it does not grow per letter.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'firedesk-bench-docs-'))
  const heap: number[] = []
  const sampling = { wallMs: 0, cpuMs: 0 }
  const gc = collect()
  // Heap after a full collection at every 100 letters: what the batch keeps is the merged output only.
  const app = openApp({
    dataDir: dir,
    clock: fixedClock('2024-03-05T01:30:00.000Z'),
    onEvent: (event, payload) => {
      const done = (payload as { done: number }).done
      if (event !== 'documents/batch' || done % 100 !== 0 || done === 0) return
      // the bench's own full collections are not the batch's work: their time is taken off below
      const cpu = process.cpuUsage()
      const t = performance.now()
      gc()
      heap.push(process.memoryUsage().heapUsed)
      sampling.wallMs += performance.now() - t
      const used = process.cpuUsage(cpu)
      sampling.cpuMs += (used.user + used.system) / 1000
    },
  })
  try {
    const { number: _n, ...notice } = kindOf('rectification_notice').fixture
    const one = await measure('issue one rectification notice (register, file, audit)', 50, () => app.call('documents/issue', { kind: 'rectification_notice', data: notice }))

    const area = await app.call('areas/create', { name: '长江村' })
    for (let i = 0; i < LETTERS; i++) await app.call('subjects/create', { name: `长江村出租房${String(i + 1).padStart(3, '0')}号`, kindId: 'sk02', areaId: area.id })
    const { number: _m, recipient: _r, ...letter } = kindOf('warning_letter').fixture
    gc()
    const heapBefore = process.memoryUsage().heapUsed
    const time = await timed(() => app.call('documents/batch', { kind: 'warning_letter', filter: { areaId: area.id }, data: letter }))
    const result = time.value
    const total = time.wallMs - sampling.wallMs
    gc()
    const growth = (process.memoryUsage().heapUsed - heapBefore) / LETTERS
    const combined = statSync(result.combinedPath ?? '').size
    console.log(
      `     ${result.issued} letters ${result.firstNumber} … ${result.lastNumber}; ${(total / LETTERS).toFixed(1)} ms each; combined file ${(combined / 1024).toFixed(0)} KB`,
    )
    console.log(`     heap after GC at 100, 200, … letters (holds the merged bodies, the output): ${heap.map((h) => `${(h / 1048576).toFixed(0)} MB`).join(', ')}`)
    console.log(`     heap kept after GC: ${(growth / 1024).toFixed(2)} KB per letter; the 5 heap samples' collections took ${sampling.wallMs.toFixed(0)} ms, not counted`)
    const batch = { name: `batch of ${LETTERS} warning letters (total, with combined file)`, medianMs: total, runs: 1, budgetMs: 3_000, cpuMs: time.cpuMs - sampling.cpuMs }
    // the floor: 500 bare docxtemplater renders (template compiled once) and one zip of the combined file's bytes written
    const bare = new CompiledTemplate(builtinTemplate('warning_letter'), (z: PizZip) => newDocxtemplater(z))
    const views = Array.from({ length: LETTERS }, (_, i) => kindOf('warning_letter').view({ ...letter, recipient: `长江村出租房${i + 1}号`, number: `柳市消安委办函〔2024〕${i + 1}号` }, sampleSettings))
    const combinedBytes = readFileSync(result.combinedPath ?? '')
    const floor = await timed(() => {
      for (const v of views) bare.render(v).generate({ type: 'nodebuffer', compression: 'DEFLATE' })
      const out = new PizZip()
      out.file('combined.docx', combinedBytes)
      writeFileSync(join(dir, 'floor.zip'), out.generate({ type: 'nodebuffer', compression: 'DEFLATE' }))
    })
    printRatio(batch, `${LETTERS} bare renders + one zip of the same bytes`, { name: 'floor', medianMs: floor.wallMs, runs: 1, budgetMs: 0, cpuMs: floor.cpuMs })
    return [one, batch]
  } finally {
    app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
