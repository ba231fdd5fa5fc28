import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { errorOf } from '../helpers'
import { letterData, useDocsApps } from './register-helpers'

const run = promisify(execFile)
const newApp = useDocsApps()

const letter = (app: ReturnType<typeof newApp>, over: Record<string, unknown> = {}) => app.call('documents/issue', { kind: 'warning_letter', data: letterData(over) })
const seqOf = (n: string | null) => Number(/〔\d{4}〕(\d+)号$/.exec(n ?? '')?.[1])

describe('文号', () => {
  it('counts 1, 2, … 10 with no leading zeros, no 第, in 六角括号', async () => {
    const app = newApp()
    const numbers: (string | null)[] = []
    for (let i = 0; i < 10; i++) numbers.push((await letter(app)).number)
    expect(numbers[0]).toBe('柳市消安委办函〔2024〕1号')
    expect(numbers[9]).toBe('柳市消安委办函〔2024〕10号')
    for (const n of numbers) expect(n).toMatch(/^柳市消安委办函〔2024〕[1-9]\d*号$/)
  })

  it('shares one sequence between kinds of the same 代字, and keeps others apart', async () => {
    const app = newApp()
    expect((await letter(app)).number).toBe('柳市消安委办函〔2024〕1号')
    const notice = { title: '关于督促整改的函', recipient: '长江村村民委员会', matter: '事由', requests: '要求', replyDeadline: '2024-03-20', date: '2024-03-05' }
    expect((await app.call('documents/issue', { kind: 'notice_letter', data: notice })).number).toBe('柳市消安委办函〔2024〕2号')
    const circular = { title: '关于一季度工作情况的通报', recipients: '各村（社区）', intro: '现通报如下：', sections: [{ heading: '基本情况', paras: '略' }], date: '2024-03-05' }
    expect((await app.call('documents/issue', { kind: 'circular', data: circular })).number).toBe('柳市消安委办〔2024〕1号')
  })

  it('restarts each year, by the year of the document date', async () => {
    const app = newApp()
    app.clock.set('2024-12-31T03:00:00.000Z')
    expect((await letter(app, { date: '2024-12-31' })).number).toBe('柳市消安委办函〔2024〕1号')
    expect((await letter(app, { date: '2024-12-31' })).number).toBe('柳市消安委办函〔2024〕2号')
    app.clock.set('2025-01-02T03:00:00.000Z')
    expect((await letter(app, { date: '2025-01-02' })).number).toBe('柳市消安委办函〔2025〕1号')
    // A 2024 document written late still takes the next 2024 number.
    expect((await letter(app, { date: '2024-12-30' })).number).toBe('柳市消安委办函〔2024〕3号')
    expect((await app.call('documents/draft', { kind: 'warning_letter' })).nextNumber).toBe('柳市消安委办函〔2025〕2号')
  })

  it('never reuses a voided number', async () => {
    const app = newApp()
    const a = await letter(app)
    const b = await letter(app)
    await app.call('documents/void', { id: b.id, reason: '重复发文' })
    await app.call('documents/void', { id: a.id, reason: '重复发文' })
    expect((await letter(app)).number).toBe('柳市消安委办函〔2024〕3号')
  })

  it('follows the 代字 set in settings, and refuses a pattern that is not 代字〔{年}〕{n}号', async () => {
    const app = newApp()
    await letter(app)
    await app.call('settings/update', { docNumberWarningLetter: '柳市消安委办警〔{年}〕{n}号' })
    expect((await letter(app)).number).toBe('柳市消安委办警〔2024〕1号')
    expect(await errorOf(app, 'settings/update', { docNumberWarningLetter: '柳市消安委办[{年}]{n}号' })).toMatchObject({ code: 'VALIDATION', field: 'docNumberWarningLetter' })
    expect(await errorOf(app, 'settings/update', { docNumberWarningLetter: '〔{年}〕{n}号' })).toMatchObject({ field: 'docNumberWarningLetter' })
  })
})

describe('concurrent issues on one data file never share a number', () => {
  it('two app instances on the same data folder, interleaved', async () => {
    const first = newApp({ idPrefix: 'a' })
    const second = newApp({ dir: first.dir, idPrefix: 'b' })
    const issued = await Promise.all(Array.from({ length: 20 }, (_, i) => letter(i % 2 === 0 ? first : second, { recipient: `单位${i}` })))
    const seqs = issued.map((d) => seqOf(d.number)).sort((x, y) => x - y)
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect((await first.call('documents/list', { pageSize: 50 })).total).toBe(20)
  })

  it('a second process issuing at the same time as this one', async () => {
    const app = newApp()
    await letter(app)
    let childDone = false
    const child = run(process.execPath, ['--import', 'tsx', 'tests/core/documents/register-issuer.ts', app.dir, '20'], { cwd: process.cwd() }).finally(() => {
      childDone = true
    })
    // This process keeps issuing for as long as the other one runs.
    const mine: (string | null)[] = []
    while (!childDone) {
      mine.push((await letter(app, { recipient: `本进程单位${mine.length}` })).number)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    const theirs = (JSON.parse((await child).stdout) as string[]).map(seqOf)
    const ours = mine.map(seqOf)
    expect(theirs).toHaveLength(20)
    // The two really ran at the same time: their numbers interleave.
    expect(Math.min(...theirs)).toBeLessThan(Math.max(...ours))
    expect(Math.min(...ours)).toBeLessThan(Math.max(...theirs))
    const all = [...ours, ...theirs].sort((x, y) => x - y)
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 2))
    const rows = app.ctx.db.prepare('SELECT number FROM documents').pluck().all() as string[]
    expect(new Set(rows).size).toBe(all.length + 1)
  }, 30_000)
})
