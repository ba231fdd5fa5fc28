import { describe, expect, it } from 'vitest'
import { silent } from './recurring-fixture'

describe('a recurring task overdue this period reaches everything a dated overdue task reaches', () => {
  it('is counted on the dashboard, in the campaign figures and the lagging panel, and climbs the ladder', async () => {
    const { app, zf, campaign, monthly, weekly, village } = await silent()
    expect(await app.call('tasks/dashboard', {})).toMatchObject({ overdue: 0, dueSoon: 0 })

    // Wednesday 2021-01-13: this week's Thursday report is due soon; nothing late yet
    app.clock.set('2021-01-13T02:00:00.000Z')
    const soon = await app.call('tasks/dashboard', {})
    expect(soon).toMatchObject({ overdue: 0, dueSoon: 1 })
    expect(soon.items[0]).toMatchObject({ taskId: weekly.id, due: '2021-01-14', overdue: false, pendingUnits: ['新城村'] })
    expect(await app.call('tasks/lagging', {})).toEqual([])

    // Wednesday 2021-01-27: January's 26th passed without 政法办's report, and week 3's Thursday without the village's
    app.clock.set('2021-01-27T02:00:00.000Z')
    expect((await app.call('tasks/get', { id: monthly.id })).state).toBe('overdue')
    expect((await app.call('tasks/get', { id: weekly.id })).state).toBe('open')
    const d = await app.call('tasks/dashboard', {})
    expect(d).toMatchObject({ overdue: 1, dueSoon: 1 })
    expect(d.items.map((i) => [i.seq, i.due, i.periodLabel, i.overdue, i.pendingUnits])).toEqual([
      [1, '2021-01-26', '2021年1月', true, ['政法办']],
      [2, '2021-01-28', '2021年1月25日—1月31日', false, ['新城村']],
    ])
    expect((await app.call('campaigns/get', { id: campaign.id })).figures).toMatchObject({ overdue: 1, dueSoon: 1 })
    const lag = await app.call('tasks/lagging', { campaignId: campaign.id })
    expect(lag.map((u) => [u.unitName, u.nextRung, u.tasks.map((t) => [t.seq, t.due, t.daysOverdue])])).toEqual([['政法办', 'letter', [[1, '2021-01-26', 1]]]])

    const letter = await app.call('tasks/letterDraft', { unitId: zf.id })
    expect((letter.draft.data.matter as string[])[1]).toBe(
      '《冬春火灾防控》任务清单第1项“报送工作推进情况。”，时限为2021年1月26日（按期报送：2021年1月），已逾期1天，你单位尚未报告完成。',
    )
    await app.call('tasks/issueLetter', { unitId: zf.id, data: letter.draft.data })
    expect((await app.call('tasks/lagging', {}))[0]).toMatchObject({ unitName: '政法办', letters: 1, nextRung: 'interview' })
    await app.call('tasks/planInterview', { unitId: zf.id, plannedAt: '2021-01-28T09:00', place: '镇政府三楼会议室' })
    expect((await app.call('tasks/lagging', {}))[0]).toMatchObject({ interviews: 1, nextRung: 'circular' })

    // Friday: the village missed this Thursday too; it joins the panel and can be named in a 通报
    app.clock.set('2021-01-29T02:00:00.000Z')
    const friday = await app.call('tasks/lagging', {})
    expect(friday.map((u) => [u.unitName, u.tasks.map((t) => t.seq)])).toEqual([['政法办', [1]], ['新城村', [2]]])
    const draft = await app.call('circulars/draft', { from: '2021-01-01', to: '2021-01-28', taskUnitIds: [village.unitId], campaignId: campaign.id })
    expect((draft.document.data.sections as { heading: string; paras: string }[]).find((s) => s.heading === '任务推进滞后')?.paras).toContain(
      '新城村：《冬春火灾防控》任务清单第2项（时限2021年1月28日（按期报送：2021年1月25日—1月31日），逾期1天）',
    )
  })

  it('leaves every count once this period is reported done, and returns next period', async () => {
    const { app, zf, campaign, monthly } = await silent()
    app.clock.set('2021-01-27T02:00:00.000Z')
    await app.call('tasks/progress', { taskId: monthly.id, unitId: zf.id, status: 'done', note: '1月情况已报', date: '2021-01-27' })
    expect((await app.call('tasks/dashboard', {})).items.map((i) => i.seq)).toEqual([2])
    expect((await app.call('campaigns/get', { id: campaign.id })).figures.overdue).toBe(0)
    expect((await app.call('tasks/lagging', {})).map((u) => u.unitName)).not.toContain('政法办')

    app.clock.set('2021-02-27T02:00:00.000Z')
    expect((await app.call('tasks/lagging', {})).map((u) => [u.unitName, u.tasks.map((t) => t.due)])).toContainEqual(['政法办', ['2021-02-26']])
    expect((await app.call('campaigns/get', { id: campaign.id })).figures.overdue).toBe(2)
  })
})
