import PizZip from 'pizzip'
import yazl from 'yazl'
import { expect, it } from 'vitest'
import { documentKinds } from '../../../electron/core/documents/kinds'
import { render } from '../../../electron/core/documents/render'
import { sampleSettings } from '../../../electron/core/documents/sample'
import { readParts } from '../../../electron/core/documents/zip-read'

/* The batch's merge reads each letter's parts natively: the same text as PizZip gives, or nothing. */

it('reads every part of every kind’s document as PizZip does', () => {
  for (const k of documentKinds) {
    const bytes = render(k.code, k.fixture, sampleSettings)
    const zip = new PizZip(bytes)
    const parts = readParts(bytes, () => true)
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir)
    expect([...(parts?.keys() ?? [])].filter((n) => !n.endsWith('/')).sort(), k.code).toEqual(names.sort())
    for (const n of names) expect(parts?.get(n), `${k.code} ${n}`).toBe(zip.file(n)?.asText())
  }
})

it('reads only the parts asked for', () => {
  const bytes = render('warning_letter', documentKinds.find((k) => k.code === 'warning_letter')?.fixture, sampleSettings)
  expect([...(readParts(bytes, (n) => n === 'word/document.xml')?.keys() ?? [])]).toEqual(['word/document.xml'])
})

it('declines a package it does not follow (an archive comment), so the caller opens it with PizZip', async () => {
  const out = new yazl.ZipFile()
  out.addBuffer(Buffer.from('<w:document/>'), 'word/document.xml')
  out.end({ comment: 'batch', forceZip64Format: false })
  const chunks: Buffer[] = []
  for await (const c of out.outputStream) chunks.push(c as Buffer)
  expect(readParts(Buffer.concat(chunks), () => true)).toBeNull()
  expect(readParts(Buffer.from('not a zip at all, just text'), () => true)).toBeNull()
})
