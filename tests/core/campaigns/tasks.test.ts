import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PizZip from 'pizzip'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { errorOf } from '../helpers'
import { buildDocx, type BuiltRow } from '../../fixtures/tasks/docx-builder'

/** A data folder (evidence files need one) on 2021-01-10, with two villages. */
async function setup() {
  const clock = fixedClock('2021-01-10T02:00:00.000Z')
  const app = openApp({ dataDir: mkdtempSync(join(tmpdir(), 'firedesk-tasks-')), clock, newId: sequentialIds(), logError: () => {} })
  await app.call('areas/create', { name: '新城村', sortOrder: 1 })
  await app.call('areas/create', { name: '前进村', sortOrder: 2 })
  const police = await app.call('responsibleUnits/create', { name: '公安分局（派出所）', aliases: ['派出所'], contactName: '李警官', contactPhone: '13900000000' })
  const campaign = await app.call('campaigns/create', {
    name: '冬春火灾防控',
    noticeNumber: '柳政发〔2020〕36号',
    year: 2020,
    startDate: '2020-11-20',
    stages: [{ stage: 'mobilize', endDate: '2020-11-20' }, { stage: 'rectify', startDate: '2020-11-20', dateText: '至2021年全国“两会”结束' }],
  })
  const header: BuiltRow = { header: true, cells: ['序号', '工作内容', '牵头单位', '配合单位', '时限'] }
  const doc = buildDocx(['附件', '任务清单'], [[
    header,
    { cells: ['1', '整治通天房。', '派出所', '各村（社区）', '12月底前'] },
    { cells: ['2', '建立长效机制。', '政法办', '', '2021年1月15日前'] },
    { cells: ['3', '开展联合执法。', '住建', '派出所', '两会结束前'] },
    { cells: ['4', '每月报送工作情况。', '各村（社区）', '', '每月26日前'] },
  ]])
  return { app, clock, police, campaign, doc: doc.toString('base64') }
}

describe('importing a task list into a campaign in the app', () => {
  it('previews, asks for every unknown name to be mapped or added, and takes typed dates', async () => {
    const { app, police, campaign, doc } = await setup()
    const base = { fileName: '清单.docx', dataBase64: doc, campaignId: campaign.id }
    const p = await app.call('tasks/importPreview', base)
    expect(p.canCommit).toBe(false)
    expect(p.unmapped).toEqual(['政法办', '住建'])
    expect(p.units.find((u) => u.name === '派出所')).toMatchObject({ unitId: police.id, unitName: '公安分局(派出所)' })
    expect(p.problems.find((x) => x.row === 4 && x.column === '时限')?.message).toBe('时限「两会结束前」无法换算为日期，请填写具体日期')
    expect((await errorOf(app, 'tasks/importCommit', base)).message).toBe('以下单位尚未对应到已登记的责任单位：政法办、住建')
    expect(await app.call('tasks/list', { campaignId: campaign.id })).toEqual([])

    const zf = await app.call('responsibleUnits/create', { name: '政法办（消防）' })
    const args = { ...base, unitMap: { 政法办: zf.id, 住建: 'new' }, deadlines: { '4': '2021-03-15' } }
    const ready = await app.call('tasks/importPreview', args)
    expect(ready.canCommit).toBe(true)
    expect(ready.problems.some((x) => x.message.includes('无法换算'))).toBe(false)
    const r = await app.call('tasks/importCommit', args)
    expect(r).toMatchObject({ created: 4, unitsCreated: ['住建'], aliasesAdded: ['政法办'] })
    const units = await app.call('responsibleUnits/list', {})
    expect(units.find((u) => u.id === zf.id)?.aliases).toEqual(['政法办'])

    const tasks = await app.call('tasks/list', { campaignId: campaign.id })
    expect(tasks.map((t) => [t.seq, t.deadline, t.recurring, t.state])).toEqual([
      [1, '2020-12-31', null, 'overdue'],
      [2, '2021-01-15', null, 'open'],
      [3, '2021-03-15', null, 'open'],
      [4, null, 'monthly:26', 'open'],
    ])
    expect(tasks[0]?.progress.map((p) => [p.unitName, p.role])).toEqual([
      ['公安分局(派出所)', 'lead'],
      ['新城村', 'helper'],
      ['前进村', 'helper'],
    ])
    expect(tasks[3]?.nextDue).toBe('2021-01-26')
    const c = await app.call('campaigns/get', { id: campaign.id })
    expect(c.units.map((u) => u.name).sort()).toEqual(['住建', '公安分局(派出所)', '政法办(消防)'].sort())
    expect(c.figures).toEqual({ tasks: 4, closed: 0, done: 0, overdue: 1, dueSoon: 1, undated: 1 })
  })
})

describe('progress, 销号, dashboard and the ladder', () => {
  async function imported() {
    const s = await setup()
    const zf = await s.app.call('responsibleUnits/create', { name: '政法办' })
    await s.app.call('responsibleUnits/create', { name: '住建' })
    await s.app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: s.doc, campaignId: s.campaign.id, deadlines: { '4': '2021-03-15' } })
    const tasks = await s.app.call('tasks/list', { campaignId: s.campaign.id })
    return { ...s, zf, tasks }
  }

  it('records each unit done with evidence, then strikes the task off', async () => {
    const { app, tasks, police } = await imported()
    const first = tasks[0]!
    expect((await errorOf(app, 'tasks/progress', { taskId: first.id, unitId: police.id, status: 'done', date: '2021-01-10' })).message).toBe('标记已完成须写明完成情况或上传佐证材料')
    const evidence = Buffer.from('%PDF-1.4 整改照片').toString('base64')
    let t = await app.call('tasks/progress', { taskId: first.id, unitId: police.id, status: 'done', note: '已整治12处', date: '2021-01-10', fileName: '整改照片.pdf', fileBase64: evidence })
    expect(t.progress[0]).toMatchObject({ status: 'done', overdue: false, note: '已整治12处', fileName: '整改照片.pdf', doneDate: '2021-01-10' })
    expect(t.state).toBe('overdue')
    expect((await errorOf(app, 'tasks/close', { id: first.id, closedDate: '2021-01-10' })).message).toBe('第1项任务还有2个单位未完成（新城村、前进村），不能销号')
    for (const v of t.progress.slice(1)) t = await app.call('tasks/progress', { taskId: first.id, unitId: v.unitId, status: 'done', note: '已完成', date: '2021-01-10' })
    expect(t.state).toBe('done')
    t = await app.call('tasks/close', { id: first.id, closedDate: '2021-01-10', note: '复核通过' })
    expect(t).toMatchObject({ state: 'closed', closedDate: '2021-01-10' })
    const file = await app.call('campaigns/file', { id: t.progress[0]!.fileId! })
    expect(Buffer.from(file.dataBase64, 'base64').toString()).toBe('%PDF-1.4 整改照片')
  })

  it('counts overdue and due-soon tasks and names the lagging units with the next rung', async () => {
    const { app, clock, tasks, zf } = await imported()
    expect(await app.call('tasks/dashboard', {})).toMatchObject({ overdue: 1, dueSoon: 1 })
    clock.set('2021-01-20T02:00:00.000Z')
    const d = await app.call('tasks/dashboard', {})
    // the monthly report (每月26日前) falls due within the week
    expect(d).toMatchObject({ overdue: 2, dueSoon: 1 })
    expect(d.items.map((i) => [i.seq, i.overdue, i.pendingUnits])).toEqual([
      [1, true, ['公安分局(派出所)', '新城村', '前进村']],
      [2, true, ['政法办']],
      [4, false, ['新城村', '前进村']],
    ])
    const lag = await app.call('tasks/lagging', {})
    const office = lag.find((u) => u.unitId === zf.id)!
    expect(office).toMatchObject({ unitName: '政法办', nextRung: 'letter', letters: 0 })
    expect(office.tasks.map((t) => [t.seq, t.daysOverdue])).toEqual([[2, 5]])
    const letter = await app.call('tasks/letterDraft', { unitId: zf.id })
    expect(letter.draft.data).toMatchObject({ title: '关于督促政法办加快落实冬春火灾防控任务的函', recipient: '政法办', replyDeadline: '2021-01-27' })
    expect((letter.draft.data.matter as string[])[1]).toBe('《冬春火灾防控》任务清单第2项“建立长效机制。”，时限为2021年1月15日，已逾期5天，你单位尚未报告完成。')
    const issued = await app.call('tasks/issueLetter', { unitId: zf.id, data: letter.draft.data })
    expect(issued.document.number).toMatch(/^.+〔2021〕1号$/)
    expect(issued.lagging.find((u) => u.unitId === zf.id)).toMatchObject({ letters: 1, nextRung: 'interview' })
    const interview = await app.call('tasks/planInterview', { unitId: zf.id, plannedAt: '2021-01-22T09:00', place: '镇政府三楼会议室' })
    expect(interview).toMatchObject({ kind: 'work', orgName: '政法办' })
    expect((await app.call('tasks/lagging', {})).find((u) => u.unitId === zf.id)).toMatchObject({ letters: 1, interviews: 1, nextRung: 'circular' })
    const village = lag.find((u) => u.unitName === '新城村')!
    expect((await app.call('tasks/letterDraft', { unitId: village.unitId })).draft.data.recipient).toBe('新城村村民委员会')
    expect((await errorOf(app, 'tasks/recordStep', { unitId: zf.id, taskIds: [tasks[1]!.id], rung: 'letter', date: '2021-01-20', documentId: 'nope' })).message).toBe('文书不存在或已作废')
  })

  it('corrects a deadline and refuses one before the campaign start', async () => {
    const { app, tasks } = await imported()
    const third = tasks[2]!
    expect((await errorOf(app, 'tasks/update', { id: third.id, deadline: '2020-10-01' })).message).toBe('完成时限 2020-10-01 早于专项行动开始日期 2020-11-20')
    expect((await errorOf(app, 'tasks/update', { id: third.id, dueText: '3月底前' })).message).toBe('完成时限 2020-03-31 早于专项行动开始日期 2020-11-20')
    expect(await app.call('tasks/update', { id: third.id, dueText: '明年3月底前' })).toMatchObject({ dueText: '明年3月底前', deadline: '2021-03-31' })
  })
})

describe('task list and progress table files', () => {
  it('writes the 任务清单 as a landscape 附件 table with its header repeated, and as .xlsx', async () => {
    const { app, campaign, doc } = await setup()
    await app.call('responsibleUnits/create', { name: '政法办' })
    await app.call('responsibleUnits/create', { name: '住建' })
    await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc, campaignId: campaign.id })
    const list = await app.call('tasks/export', { campaignId: campaign.id, what: 'list', format: 'docx' })
    expect(list.fileName).toBe('冬春火灾防控任务清单.docx')
    const xml = new PizZip(Buffer.from(list.dataBase64, 'base64')).file('word/document.xml')!.asText()
    expect(xml).toContain('w:orient="landscape"')
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1)
    expect(xml).not.toContain('cantSplit')
    expect(xml).toContain('>附件<')
    expect(xml).toContain('各村(社区)')
    const progress = await app.call('tasks/export', { campaignId: campaign.id, what: 'progress', format: 'xlsx' })
    expect(progress.fileName).toBe('冬春火灾防控工作推进情况表（2021-01-10）.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(progress.dataBase64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]!
    expect(ws.getRow(3).values).toEqual([undefined, '序号', '工作内容', '时限', '责任单位', '进展', '推进情况', '任务状态'])
    expect(ws.getCell('D4').value).toBe('公安分局(派出所)（牵头）')
    expect(ws.getCell('E4').value).toBe('逾期')
    expect(ws.getCell('A5').isMerged).toBe(true)
  })
})
