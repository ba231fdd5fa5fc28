import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import PizZip from 'pizzip'
import { builtinTemplate } from '../../electron/core/documents/builtin'
import { CompiledTemplate } from '../../electron/core/documents/compiled'
import { kindOf } from '../../electron/core/documents/kinds'
import { newDocxtemplater, render } from '../../electron/core/documents/render'
import { sampleSettings } from '../../electron/core/documents/sample'
import { printRatio } from './floor'
import { measure, timed, type BenchResult } from './measure'

const UNITS = ['好运来小吃店', '鑫达五金店', '宏盛电器厂', '顺发出租房', '金鼎仓库', '永兴超市', '华联美发店', '正泰物流站']

/** A full collection, so that heap figures show what stays behind, not garbage not yet collected. */
function collect(): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

/**
 * Rendering (issue 4): one rectification notice (median < 50 ms); a batch of 500 warning
 * letters (< 20 s), with the heap measured before and after to show it does not grow per letter.
 */
export async function bench(): Promise<BenchResult[]> {
  const notice = kindOf('rectification_notice').fixture
  const one = await measure('render one rectification notice', 10, () => render('rectification_notice', notice, sampleSettings))
  // the floor: docxtemplater alone, the template compiled once, the same data as values, zipped the same way
  const view = kindOf('rectification_notice').view(notice, sampleSettings)
  const bare = new CompiledTemplate(builtinTemplate('rectification_notice'), (z: PizZip) => newDocxtemplater(z))
  const floor = await measure('bare docxtemplater render', 10, () => bare.render(view).generate({ type: 'nodebuffer', compression: 'DEFLATE' }))
  printRatio(one, 'bare docxtemplater render, compiled once', floor)

  const letter = kindOf('warning_letter').fixture
  const letterFor = (i: number) => ({ ...letter, number: `柳市消安委办函〔2024〕${i + 1}号`, recipient: `柳市镇${UNITS[i % UNITS.length]}${i + 1}` })
  const gc = collect()
  // Warm up past the JIT's own growth, which happens once and is not per letter.
  for (let i = 0; i < 200; i++) render('warning_letter', letterFor(i), sampleSettings)
  gc()
  const heapBefore = process.memoryUsage().heapUsed
  let bytes = 0
  const total = await timed(() => {
    for (let i = 0; i < 500; i++) bytes += render('warning_letter', letterFor(i), sampleSettings).length
  })
  gc()
  const growth = (process.memoryUsage().heapUsed - heapBefore) / 500
  console.log(`     500 warning letters: ${(bytes / 500 / 1024).toFixed(1)} KB each; heap growth ${(growth / 1024).toFixed(2)} KB per letter after GC`)
  return [one, { name: 'render 500 warning letters (total)', medianMs: total.wallMs, runs: 1, budgetMs: 20_000, cpuMs: total.cpuMs }]
}
