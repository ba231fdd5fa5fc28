import PizZip from 'pizzip'
import { describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { builtinTemplate } from '../../../electron/core/documents/builtin'
import { CompiledTemplate } from '../../../electron/core/documents/compiled'
import { addPictures } from '../../../electron/core/documents/images'
import { documentKinds, kindOf } from '../../../electron/core/documents/kinds'
import { newDocxtemplater } from '../../../electron/core/documents/render'
import { sampleSettings } from '../../../electron/core/documents/sample'
import { generatedDocx, packDocx } from '../../../electron/core/documents/zip'
import type { DocumentKindCode } from '../../../electron/core/documents/types'
import { longData } from '../../../scripts/templates/long-samples'

/*
 * The package writer must give PizZip's generate() bytes exactly: the register keeps each issued
 * document's hash, and a document whose file is lost is rendered again and compared with it.
 */

/** A 1×1 PNG, so the quarterly report carries a picture part added after rendering. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

function rendered(code: DocumentKindCode, data: unknown, template: Uint8Array = builtinTemplate(code)): PizZip {
  const view = kindOf(code).view(code === 'quarterly_report' ? { ...(data as object), charts: [{ title: '按月发现和销号', png: PNG }] } : data, sampleSettings)
  const zip = new CompiledTemplate(template, (z: PizZip) => newDocxtemplater(z)).render(view)
  addPictures(zip, view)
  return zip
}

describe.each(documentKinds.map((k) => [k.code] as const))('%s', (code) => {
  it('packs byte for byte as PizZip generates, with its sample and with long data', () => {
    for (const data of [kindOf(code).fixture, longData(code)]) {
      const packed = packDocx(rendered(code, data))
      expect(packed.equals(generatedDocx(rendered(code, data))), code).toBe(true)
      // and it is a .docx that opens again, with the same parts
      expect(Object.keys(new PizZip(packed).files)).toEqual(Object.keys(rendered(code, data).files))
    }
  })
})

/** The template as another program writes it: its parts deflated by zlib (as Word's are, not by pako), or stored. */
async function rewritten(bytes: Buffer, compress: boolean): Promise<Buffer> {
  const out = new yazl.ZipFile()
  const original = new PizZip(bytes)
  for (const [name, f] of Object.entries(original.files)) if (!f.dir) out.addBuffer(Buffer.from(f.asUint8Array()), name, { compress, mtime: new Date(2021, 5, 7, 9, 30, 12) })
  out.end()
  const chunks: Buffer[] = []
  for await (const c of out.outputStream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

it.each([true, false])('packs a template written by another program (deflated: %s) as PizZip generates', async (compress) => {
  const code = 'warning_letter'
  const template = await rewritten(builtinTemplate(code), compress)
  const packed = packDocx(rendered(code, kindOf(code).fixture, template))
  expect(packed.equals(generatedDocx(rendered(code, kindOf(code).fixture, template)))).toBe(true)
})
