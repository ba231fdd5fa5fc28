import { performance } from 'node:perf_hooks'
import PizZip from 'pizzip'
import { builtinTemplate } from '/work/wt/print/electron/core/documents/builtin'
import { CompiledTemplate, compiledTemplate } from '/work/wt/print/electron/core/documents/compiled'
import { kindOf } from '/work/wt/print/electron/core/documents/kinds'
import { newDocxtemplater, render } from '/work/wt/print/electron/core/documents/render'
import { sampleSettings } from '/work/wt/print/electron/core/documents/sample'
import { placeSignature } from '/work/wt/print/electron/core/documents/signature'
import { fitHeads } from '/work/wt/print/electron/core/documents/head-fit'
import { packDocx } from '/work/wt/print/electron/core/documents/zip'
const kind = (process.argv[2] ?? 'rectification_notice') as 'rectification_notice'
const fx = kindOf(kind).fixture
const tpl = builtinTemplate(kind)
const N = 200
const t = (name: string, fn: () => unknown) => { for (let i = 0; i < 20; i++) fn(); const ts: number[] = []; for (let i = 0; i < N; i++) { const a = performance.now(); fn(); ts.push(performance.now() - a) } ts.sort((a, b) => a - b); console.log(name.padEnd(30), ts[N >> 1]!.toFixed(3)) }
const view = kindOf(kind).view(fx, sampleSettings)
const bare = new CompiledTemplate(tpl, (z: PizZip) => newDocxtemplater(z))
t('full render', () => render(kind, fx, sampleSettings))
t('bare floor', () => bare.render(view).generate({ type: 'nodebuffer', compression: 'DEFLATE' }))
t('view', () => kindOf(kind).view(fx, sampleSettings))
t('sha1+compiled lookup', () => compiledTemplate(tpl, (z) => newDocxtemplater(z)))
t('new PizZip(tpl)', () => new PizZip(tpl))
t('compiled render only', () => bare.render(view))
const z = bare.render(view)
const xml = z.file('word/document.xml')!.asText()
t('document asText', () => bare.render(view).file('word/document.xml')!.asText())
t('placeSignature', () => placeSignature(xml, { sealed: true }))
t('fitHeads', () => fitHeads(xml))
t('packDocx', () => packDocx(bare.render(view)))
t('generate default', () => bare.render(view).generate({ type: 'nodebuffer', compression: 'DEFLATE' }))
console.log(Object.keys(z.files).length, 'entries', xml.length, 'doc chars')
