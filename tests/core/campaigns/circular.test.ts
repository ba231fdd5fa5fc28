import { describe, expect, it } from 'vitest'
import { buildDocx } from '../../fixtures/tasks/docx-builder'
import { errorOf, testApp } from '../helpers'

/** On 2021-01-20 政法办 is 5 days late with task 1 and every village 20 days late with task 2; 派出所 owes nothing late. */
async function lagging() {
  const app = testApp('2021-01-10T02:00:00.000Z')
  await app.call('areas/create', { name: '新城村', sortOrder: 1 })
  const zf = await app.call('responsibleUnits/create', { name: '政法办' })
  const police = await app.call('responsibleUnits/create', { name: '派出所' })
  const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2020, startDate: '2020-11-20' })
  const doc = buildDocx(['任务清单'], [[
    { header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] },
    { cells: ['1', '建立长效机制。', '政法办', '2021年1月15日前'] },
    { cells: ['2', '整治通天房。', '各村（社区）', '12月底前'] },
    { cells: ['3', '开展夜查。', '派出所', '2021年3月31日前'] },
  ]])
  await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })
  app.clock.set('2021-01-20T02:00:00.000Z')
  return { app, zf, police, campaign }
}

describe('通报 of units lagging with campaign tasks (the third rung)', () => {
  it('drafts the circular naming the units from the lagging panel with their overdue tasks', async () => {
    const { app, zf, campaign } = await lagging()
    const d = await app.call('circulars/draft', { from: '2021-01-01', to: '2021-01-19', taskUnitIds: [zf.id], campaignId: campaign.id })
    expect(d.taskUnits.map((u) => u.unitName)).toEqual(['政法办'])
    const sections = d.document.data.sections as { heading: string; paras: string }[]
    expect(sections.find((s) => s.heading === '任务推进滞后')?.paras).toBe(
      '截至2021年1月20日，以下单位有专项行动任务逾期未完成：\n政法办：《冬春火灾防控》任务清单第1项（时限2021年1月15日，逾期5天）。',
    )
    expect(sections.find((s) => s.heading === '通报批评')?.paras).toContain('政法办')
    // without units from the panel the circular is the ledger's alone
    const plain = await app.call('circulars/draft', { from: '2021-01-01', to: '2021-01-19' })
    expect((plain.document.data.sections as { heading: string }[]).map((s) => s.heading)).not.toContain('任务推进滞后')
  })

  it('records the circular on the named units’ overdue tasks and tags it with the campaign', async () => {
    const { app, zf, campaign } = await lagging()
    const village = (await app.call('tasks/lagging', { campaignId: campaign.id })).find((u) => u.unitName === '新城村')
    const ids = [zf.id, village?.unitId ?? '']
    const d = await app.call('circulars/draft', { from: '2021-01-01', to: '2021-01-19', taskUnitIds: ids, campaignId: campaign.id })
    const issued = await app.call('circulars/issue', { from: d.from, to: d.to, data: d.document.data, taskUnitIds: ids, campaignId: campaign.id })
    expect(issued.taskUnitIds).toEqual(ids)
    const after = await app.call('tasks/lagging', { campaignId: campaign.id })
    expect(after.map((u) => [u.unitName, u.circulars])).toEqual([['政法办', 1], ['新城村', 1]])
    expect((await app.call('documents/list', { campaignId: campaign.id })).rows.map((r) => r.number)).toEqual([issued.number])
  })

  it('refuses a unit with nothing overdue, naming its place, and issues nothing', async () => {
    const { app, zf, police, campaign } = await lagging()
    const d = await app.call('circulars/draft', { from: '2021-01-01', to: '2021-01-19', taskUnitIds: [zf.id], campaignId: campaign.id })
    expect(await errorOf(app, 'circulars/issue', { from: d.from, to: d.to, data: d.document.data, taskUnitIds: [zf.id, police.id] })).toMatchObject({
      field: 'taskUnitIds.1',
      message: '第2个责任单位没有逾期未完成的任务',
    })
    expect(await errorOf(app, 'circulars/draft', { from: '2021-01-01', to: '2021-01-19', campaignId: 'nope' })).toMatchObject({ field: 'campaignId' })
    expect((await app.call('documents/list', { kind: 'circular' })).total).toBe(0)
  })
})
