import { performance } from 'node:perf_hooks'
import PizZip from 'pizzip'
import { builtinTemplate } from '../electron/core/documents/builtin'
import { CompiledTemplate } from '../electron/core/documents/compiled'
import { kindOf } from '../electron/core/documents/kinds'
import { newDocxtemplater } from '../electron/core/documents/render'
import { sampleSettings } from '../electron/core/documents/sample'
import { packDocx } from '../electron/core/documents/zip'
const kind = 'rectification_notice'
const bare = new CompiledTemplate(builtinTemplate(kind), (z: PizZip) => newDocxtemplater(z))
const view = kindOf(kind).view(kindOf(kind).fixture, sampleSettings)
const t = (name: string, fn: () => unknown) => { for (let i = 0; i < 20; i++) fn(); const ts: number[] = []; for (let i = 0; i < 200; i++) { const a = performance.now(); fn(); ts.push(performance.now() - a) } ts.sort((a, b) => a - b); console.log(name.padEnd(30), ts[100]!.toFixed(3)) }
t('render only', () => bare.render(view))
t('render+pack', () => packDocx(bare.render(view)))
t('render+generate', () => bare.render(view).generate({ type: 'nodebuffer', compression: 'DEFLATE' }))
const z = bare.render(view)
for (const [n, f] of Object.entries(z.files)) console.log(n, typeof (f as any)._data, (f as any)._data?.constructor?.name, (f as any).options.binary)
const d = z.files['word/document.xml'] as any
const c = (PizZip as any).compressions.DEFLATE
t('pako doc', () => c.compress(d._data, {}))
for (const n of ['word/settings.xml', 'word/footer1.xml', 'word/footer2.xml']) { const f = (z.files as any)[n]; t('pako ' + n + ' ' + f._data.length, () => c.compress(f._data, {})) }
for (const [n, f] of Object.entries(z.files)) { const dd = (f as any)._data; if (dd && typeof dd.getCompressedContent === 'function') { const cc = dd.getCompressedContent(); console.log(n, cc?.constructor?.name, dd.compressionMethod === '\x08\x00'); t('gcc ' + n, () => dd.getCompressedContent()) } }
t('Buffer.concat etc', () => packDocx(z))
