import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../cli/run'
import { buildDocx, seedTaskList } from '../../fixtures/tasks/docx-builder'

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'firedesk-tasks-'))
  const file = join(dir, '任务清单.docx')
  writeFileSync(file, seedTaskList())
  return { data: join(dir, 'data'), file, dir }
}

interface Out {
  campaign: string
  tasks: { seq: number; title: string; content: string; lead: string[]; helpers: string[]; dueText: string; deadline: string | null; recurring: string | null; status?: string }[]
  problems: { row: number; message: string }[]
}

describe('firedesk import tasks / firedesk tasks on seed notice 000', () => {
  it('previews the 31-row list as JSON without writing, then imports it and lists it back', async () => {
    const f = folder()
    const dry = await cli('--data', f.data, 'import', 'tasks', f.file, '--campaign', '2020年度冬春火灾防控', '--dry-run', '--json')
    expect(dry.code).toBe(0)
    const out = JSON.parse(dry.out) as Out
    expect(out.campaign).toBe('2020年度冬春火灾防控')
    expect(out.tasks).toHaveLength(31)
    expect(out.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1))
    expect(out.tasks[0]).toEqual({
      seq: 1,
      title: '',
      content: expect.stringContaining('紧盯居住出租房') as string,
      lead: ['各社区'],
      helpers: ['政法办(消防)', '公安分局(派出所)'],
      dueText: '',
      deadline: null,
      recurring: null,
    })
    expect(out.tasks[1]).toMatchObject({ lead: ['各社区'], dueText: '12月底前', deadline: '2020-12-31' })
    expect(out.tasks[4]).toMatchObject({ lead: ['政法办(消防)'], helpers: ['公安分局(派出所)', '各社区'] })
    expect(out.tasks[23]).toMatchObject({ dueText: '每月', recurring: 'monthly' })
    expect(out.tasks[24]).toMatchObject({ dueText: '2021年3月31日前', deadline: '2021-03-31' })
    expect(out.tasks[26]).toMatchObject({ seq: 27, dueText: '冬防结束前', deadline: null })
    const rows = (m: string) => out.problems.filter((p) => p.message.includes(m)).map((p) => p.row)
    expect(rows('序号7与前面重复或倒序')).toHaveLength(1)
    expect(rows('拆分为「公安分局(派出所)」「各社区」')).toHaveLength(1)
    expect(rows('无法换算为日期')).toHaveLength(1)

    const none = await cli('--data', f.data, 'tasks', '--campaign', '2020年度冬春火灾防控', '--json')
    expect(none.code).toBe(1)

    const real = await cli('--data', f.data, 'import', 'tasks', f.file, '--campaign', '2020年度冬春火灾防控')
    expect(real.code).toBe(0)
    expect(real.out).toContain('已导入 31 项任务到「2020年度冬春火灾防控」')
    expect(real.out).toContain('新登记责任单位：政法办(消防)、公安分局(派出所)')

    const listed = await cli('--data', f.data, 'tasks', '--campaign', '2020年度冬春火灾防控', '--json')
    expect(listed.code).toBe(0)
    const stored = JSON.parse(listed.out) as Out
    expect(stored.tasks.map(({ status, ...t }) => (void status, t))).toEqual(out.tasks)
    // Run on the real clock (years after 2020): dated tasks nobody reported done are overdue, undated ones open.
    expect(stored.tasks[0]?.status).toBe('open')
    expect(stored.tasks[1]?.status).toBe('overdue')

    const again = await cli('--data', f.data, 'import', 'tasks', f.file, '--campaign', '2020年度冬春火灾防控', '--json')
    expect(again.code).toBe(1)
    expect((JSON.parse(again.out) as Out).problems[0]?.message).toContain('已有31项任务')
  })

  it('exits 1 with the problems when errors stand, and names the file of bad input', async () => {
    const f = folder()
    const early = await cli('--data', f.data, 'import', 'tasks', f.file, '--campaign', '冬春', '--year', '2020', '--json')
    expect(early.code).toBe(0)
    const g = folder()
    writeFileSync(join(g.dir, '清单.docx'), buildDocx([], [[{ cells: ['序号', '工作内容', '责任单位'] }, { cells: ['1', '3月底前完成。', '住建分局'] }]]))
    const withStart = await cli('--data', g.data, 'call', 'campaigns/create', JSON.stringify({ name: '冬春', year: 2020, startDate: '2020-11-20' }))
    expect(withStart.code).toBe(0)
    const bad = await cli('--data', g.data, 'import', 'tasks', join(g.dir, '清单.docx'), '--campaign', '冬春', '--json')
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.out)).toEqual({
      campaign: '冬春',
      tasks: [expect.objectContaining({ deadline: '2020-03-31' }) as unknown],
      problems: [
        { row: 2, message: '「工作内容」错误：时限「3月底前」即 2020-03-31，早于专项行动开始日期 2020-11-20（年份不对时请指定年份）' },
        { row: 2, message: '「责任单位」提醒：「住建分局」不是已登记的责任单位，导入时将新登记' },
      ],
    })
    expect((await cli('--data', g.data, 'tasks', '--campaign', '冬春', '--json')).out).toContain('"tasks": []')
    writeFileSync(join(g.dir, '旧.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))
    const doc = await cli('--data', g.data, 'import', 'tasks', join(g.dir, '旧.doc'), '--campaign', '冬春', '--json')
    expect(doc.code).toBe(1)
    expect(JSON.parse(doc.out).problems).toEqual([{ row: 0, message: '「旧.doc」是旧版 .doc 文件，请在WPS/Word中另存为.docx后导入' }])
  })
})
