import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { sequentialIds } from '../../../electron/core/clock'
import type { ReportSummary } from '../../../electron/core/reports/schema'
import { bundle } from '../bundle'
import { cli } from '../cli/run'
import { Docx, textOf } from '../documents/docx'
import { edgeLedger } from './ledger'

let dir: string
let worker: ReturnType<typeof bundle>
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-report-cli-'))
  // The reports are made on a worker thread: one bundle of its entry for all of them.
  worker = bundle(join(__dirname, '../../../electron/core/worker/entry.ts'))
  process.env.FIREDESK_WORKER = worker.file
  const app = openApp({ dataDir: dir, newId: sequentialIds(), logError: () => {} })
  await edgeLedger(app)
  app.close()
})
afterAll(() => {
  delete process.env.FIREDESK_WORKER
  worker.remove()
  rmSync(dir, { recursive: true, force: true })
})

describe('firedesk report', () => {
  it('prints the main figures of a period', async () => {
    const r = await cli('--data', dir, 'report', '--from', '2024-01-01', '--to', '2024-03-31')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('2024年第一季度（2024年1月1日至2024年3月31日），上期 2023年10月1日至2023年12月31日')
    expect(r.out).toMatch(/发现隐患\u3000+ +10 +3/)
    expect(r.out).toMatch(/整改率\u3000+ +20\.0% +33\.3%/)
    expect(r.out).toContain('台账隐患 14 条（另有作废 2 条）')
  })

  it('gives the whole summary as JSON', async () => {
    const r = await cli('--data', dir, 'report', '--quarter', '2024Q1', '--json')
    expect(r.code).toBe(0)
    const s = JSON.parse(r.out) as ReportSummary
    expect([s.current.found.count, s.current.overdueAtEnd.count, s.source.dataFile]).toEqual([10, 5, join(dir, 'firedesk.db')])
  })

  it('writes the .docx and the .xlsx', async () => {
    const docx = join(dir, '汇总.docx')
    const xlsx = join(dir, '汇总.xlsx')
    const r = await cli('--data', dir, 'report', '--from=2024-01-01', '--to=2024-03-31', '--docx', docx, '--xlsx', xlsx, '--number', '柳市消安委办〔2024〕30号')
    expect(r.code).toBe(0)
    expect(r.err).toContain(`已写入：${docx}`)
    expect(textOf(new Docx(readFileSync(docx)).document)).toContain('柳市消安委办〔2024〕30号')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer)
    expect(wb.getWorksheet('隐患明细')?.rowCount).toBe(13)
    // the report's charts are drawn for the .docx: seconds on a busy machine
  }, 30_000)

  it('previews the .docx as often as asked with the 文号 it would take, taking none, and issues it with exactly that number', async () => {
    const registered = async () => {
      const app = openApp({ dataDir: dir })
      try {
        return (await app.call('documents/list', { kind: 'quarterly_report' })).rows.map((d) => d.number)
      } finally {
        app.close()
      }
    }
    const before = await registered()
    const numbers: string[] = []
    for (const name of ['预览1.docx', '预览2.docx']) {
      const r = await cli('--data', dir, 'report', '--quarter', '2024Q1', '--docx', join(dir, name))
      expect(r.code).toBe(0)
      expect(r.err).toContain('未占用文号、未登记')
      const number = /柳市消安委办〔\d{4}〕[1-9]\d*号/.exec(textOf(new Docx(readFileSync(join(dir, name))).document))?.[0] ?? ''
      expect(r.err).toContain(number)
      numbers.push(number)
    }
    expect(numbers[1]).toBe(numbers[0])
    expect(await registered()).toEqual(before)
    const issued = await cli('--data', dir, 'report', '--quarter', '2024Q1', '--docx', join(dir, '签发1.docx'), '--issue')
    expect(/文号 (\S+)，已登记/.exec(issued.err)?.[1]).toBe(numbers[0])
    expect((await registered()).sort()).toEqual([...before, numbers[0] ?? ''].sort())
    // three reports with their charts drawn: seconds each on a busy machine
  }, 30_000)

  it('refuses --issue without --docx or with --number, issuing nothing', async () => {
    const alone = await cli('--data', dir, 'report', '--quarter', '2024Q1', '--issue')
    expect([alone.code, alone.err.split('\n')[0]]).toEqual([2, '--issue 要和 --docx 一起用：签发的是季度汇总 .docx'])
    const both = await cli('--data', dir, 'report', '--quarter', '2024Q1', '--docx', join(dir, 'x.docx'), '--issue', '--number', '柳市消安委办〔2024〕31号')
    expect([both.code, both.err.split('\n')[0]]).toEqual([2, '--issue 不能和 --number 一起用：签发时按设置自动编文号'])
    expect(existsSync(join(dir, 'x.docx'))).toBe(false)
  })

  it('issues the .docx with the next 文号 of the 季度汇总 sequence, registered, and no file path in its text', async () => {
    const docx = join(dir, '签发.docx')
    const r = await cli('--data', dir, 'report', '--quarter', '2024Q1', '--docx', docx, '--issue')
    expect(r.code).toBe(0)
    const number = /文号 (\S+)，已登记/.exec(r.err)?.[1] ?? ''
    expect(number).toMatch(/^柳市消安委办〔\d{4}〕[1-9]\d*号$/)
    const text = textOf(new Docx(readFileSync(docx)).document)
    expect(text).toContain(number)
    expect(text).not.toContain(dir)
    expect(text).not.toContain('firedesk.db')
    expect(text).toContain('数据来源：消安督办台')
    const app = openApp({ dataDir: dir })
    try {
      const list = await app.call('documents/list', { kind: 'quarterly_report' })
      expect(list.rows.map((d) => d.number)).toContain(number)
    } finally {
      app.close()
    }
    // the report's charts are drawn for the .docx: seconds on a busy machine
  }, 30_000)

  it('refuses a missing period, a bad argument, or a missing data file, creating nothing', async () => {
    const none = await cli('--data', dir, 'report', '--from', '2024-01-01')
    expect([none.code, none.err]).toEqual([1, '请填写截止日期'])
    const bad = await cli('--data', dir, 'report', '--quarter')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--quarter 后面需要一个值')
    const elsewhere = join(dir, 'nothing-here')
    const missing = await cli('--data', elsewhere, 'report', '--quarter', '2024Q1')
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('数据文件不存在')
    expect(existsSync(elsewhere)).toBe(false)
  })

  it('cuts the summary to one campaign by its name, and refuses a name it does not know', async () => {
    const app = openApp({ dataDir: dir })
    try {
      const c = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2024, startDate: '2024-01-01' })
      const first = (await app.call('cases/list', { foundFrom: '2024-01-01', foundTo: '2024-03-31', pageSize: 1 })).rows[0]
      await app.call('campaigns/tag', { campaignId: c.id, entity: 'case', ids: [first?.id ?? ''] })
    } finally {
      app.close()
    }
    const r = await cli('--data', dir, 'report', '--quarter', '2024Q1', '--campaign', '冬春火灾防控')
    expect(r.code).toBe(0)
    expect(r.out).toContain('2024年第一季度冬春火灾防控（2024年1月1日至2024年3月31日）')
    expect(r.out).toMatch(/发现隐患\u3000+ +1 +0/)
    const unknown = await cli('--data', dir, 'report', '--quarter', '2024Q1', '--campaign', '没有这个行动')
    expect([unknown.code, unknown.err]).toEqual([1, '没有名为“没有这个行动”的专项行动'])
  })
})
