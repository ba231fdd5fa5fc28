import { performance } from 'node:perf_hooks'
import zlib from 'node:zlib'
import PizZip from 'pizzip'
import { builtinTemplate } from '../electron/core/documents/builtin'
import { kindOf } from '../electron/core/documents/kinds'
import { CompiledTemplate } from '../electron/core/documents/compiled'
import { newDocxtemplater } from '../electron/core/documents/render'
import { sampleSettings } from '../electron/core/documents/sample'
const kind = 'rectification_notice'
const tpl = builtinTemplate(kind)
const bare = new CompiledTemplate(tpl, (z: PizZip) => newDocxtemplater(z))
const view = kindOf(kind).view(kindOf(kind).fixture, sampleSettings)
const z = bare.render(view)
for (const [n, f] of Object.entries(z.files)) console.log(n, (f as any)._data?.compressedSize ?? 'changed', f.asText().length)
// pako vs zlib bytes
const pako = require('pizzip/js/flate')
const doc = Buffer.from(z.file('word/document.xml')!.asText(), 'utf8')
const t = (name: string, fn: () => unknown) => { for (let i = 0; i < 10; i++) fn(); const a = performance.now(); for (let i = 0; i < 100; i++) fn(); console.log(name, ((performance.now() - a) / 100).toFixed(3)) }
t('zlib deflateRaw doc', () => zlib.deflateRawSync(doc, { level: 6 }))
t('generate', () => bare.render(view).generate({ type: 'nodebuffer', compression: 'DEFLATE' }))
t('generate STORE', () => bare.render(view).generate({ type: 'nodebuffer', compression: 'STORE' }))
