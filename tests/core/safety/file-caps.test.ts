import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PizZip from 'pizzip'
import { describe, expect, it } from 'vitest'
import { workbookOf } from '../../fixtures/import/ledger'
import { cli } from '../cli/run'
import { casesFile, tableCounts } from '../import/support'
import { errorOf, testApp } from '../helpers'

/*
 * Outside files over their caps are refused with the cap named, before the reader inflates them:
 * crafted here, a template that inflates a thousandfold, one whose zip directory lies about its
 * size, a zip of too many entries, and workbooks and CSV files over the row and size caps.
 */

const shipped = readFileSync('templates/warning_letter.docx')
const MB = 1024 * 1024
const b64 = (b: Buffer): string => b.toString('base64')

function withPart(docx: Buffer, name: string, content: string): Buffer {
  const zip = new PizZip(docx)
  zip.file(name, content)
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** A zip whose central directory says each part is 100 bytes, whatever it inflates to. */
function lyingSizes(zip: Buffer): Buffer {
  const out = Buffer.from(zip)
  for (let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at !== -1; at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    out.writeUInt32LE(100, at + 24)
  }
  return out
}

const ledgerOf = (rows: number): Promise<Buffer> =>
  workbookOf((ws) => {
    ws.addRow(['单位名称', '隐患内容', '检查日期', '所属村'])
    for (let i = 1; i <= rows; i++) ws.addRow([`单位${i}`, '灭火器过期', '2024-03-01', '长江村'])
  })

describe('caps on outside files', () => {
  it('refuses a small template that inflates hundreds of times over, and one whose zip directory lies about its size', async () => {
    const app = testApp()
    const bomb = withPart(shipped, 'word/pad.xml', '0'.repeat(4 * MB))
    expect(bomb.length).toBeLessThan(64 * 1024)
    const e = await errorOf(app, 'templates/check', { kind: 'warning_letter', base64: b64(bomb) })
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'base64' })
    expect(e.message).toContain('模板文件中的「word/pad.xml」解压后膨胀超过 200 倍')

    const liar = lyingSizes(withPart(shipped, 'word/pad.xml', '0'.repeat(2 * MB)))
    expect((await errorOf(app, 'templates/replace', { kind: 'warning_letter', base64: b64(liar) })).message).toContain('压缩目录与内容不符')
    expect((await app.call('templates/file', { kind: 'warning_letter' })).sha256).toBe((await app.call('templates/file', { kind: 'warning_letter', builtin: true })).sha256)
  })

  it('names the template caps of the settings: size, size once unpacked, entry count', async () => {
    const app = testApp()
    await app.call('settings/update', { maxTemplateKb: 4 })
    expect((await errorOf(app, 'templates/check', { kind: 'warning_letter', base64: b64(shipped) })).message).toMatch(/^模板文件有 \d+ KB，超过 4 KB（模板文件大小上限），已拒绝$/)

    await app.call('settings/update', { maxTemplateKb: 1024, maxTemplateUnpackedKb: 100 })
    const padded = withPart(shipped, 'word/pad.xml', Array.from({ length: 20_000 }, (_, i) => `<w:t>${i * 7919}</w:t>`).join(''))
    expect((await errorOf(app, 'templates/check', { kind: 'warning_letter', base64: b64(padded) })).message).toBe('模板文件解压后超过 100 KB（解压后大小上限），已拒绝')

    await app.call('settings/update', { maxTemplateUnpackedKb: 1024, maxFileEntries: 2 })
    expect((await errorOf(app, 'templates/check', { kind: 'warning_letter', base64: b64(shipped) })).message).toMatch(/^模板文件有 \d+ 个压缩条目，超过上限 2 个，已拒绝$/)

    await app.call('settings/update', { maxFileEntries: 5000 })
    expect((await app.call('templates/check', { kind: 'warning_letter', base64: b64(shipped) })).ok).toBe(true)
  })

  it('refuses a workbook with too many rows before reading it, and reads one within the cap', async () => {
    const app = testApp()
    await app.call('areas/create', { name: '长江村' })
    await app.call('settings/update', { maxImportRows: 100 })
    const before = tableCounts(app)
    const e = await errorOf(app, 'import/commit', casesFile(await ledgerOf(150)))
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'dataBase64', message: '导入文件的工作表超过 100 行（导入行数上限），已拒绝' })
    expect(tableCounts(app)).toEqual(before)

    const within = await app.call('import/preview', casesFile(await ledgerOf(90)))
    expect(within.counts.rows).toBe(90)
  })

  it('refuses a CSV with too many lines and an import file over the size cap', async () => {
    const app = testApp()
    await app.call('settings/update', { maxImportRows: 100 })
    const csv = Buffer.from(['单位名称,隐患内容', ...Array.from({ length: 150 }, (_, i) => `单位${i},灭火器过期`)].join('\n'))
    expect((await errorOf(app, 'import/preview', casesFile(csv, { fileName: '台账.csv' }))).message).toBe('导入文件超过 100 行（导入行数上限），已拒绝')

    await app.call('settings/update', { maxImportMb: 1 })
    const big = Buffer.alloc(MB + 1, 0x41)
    expect((await errorOf(app, 'import/preview', casesFile(big, { fileName: '台账.csv' }))).message).toBe('导入文件有 1.0 MB，超过 1 MB（导入文件大小上限），已拒绝')
  })

  it('on the command line, refuses a 5 GB ledger or task list by its size, before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-caps-'))
    try {
      const huge = join(dir, '台账.xlsx')
      writeFileSync(huge, '')
      truncateSync(huge, 5 * 1024 * MB)
      const ledger = await cli('--data', join(dir, 'data'), 'import', 'cases', huge, '--dry-run')
      expect(ledger).toMatchObject({ code: 1, err: '导入文件有 5120.0 MB，超过 40 MB（导入文件大小上限），已拒绝' })
      const tasks = await cli('--data', join(dir, 'data'), 'import', 'tasks', huge, '--campaign', '冬春火灾防控')
      expect(tasks).toMatchObject({ code: 1, err: '导入文件有 5120.0 MB，超过 40 MB（导入文件大小上限），已拒绝' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
