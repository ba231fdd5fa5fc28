import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../electron/core/dates'
import { buildDocx } from '../fixtures/tasks/docx-builder'
import { fillDate, pickShown } from './cases-helpers'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, tableRows } from './ui'

const ui = useUi()
const SLOW = { timeout: 15_000 }

/** Today where the harness runs (its clock is the machine's), as the core writes dates. */
function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

describe('a recurring task’s past periods on the campaign page', () => {
  it('records last month’s progress from the drawer’s period picker and shows that month when its day is chosen', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    const today = localToday()
    const lastMonthEnd = addDays(`${today.slice(0, 8)}01`, -1)
    const lastMonth = `${Number(lastMonthEnd.slice(0, 4))}年${Number(lastMonthEnd.slice(5, 7))}月`
    await app.call('responsibleUnits/create', { name: '政法办' })
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: addDays(today, -70) })
    const doc = buildDocx(['任务清单'], [[{ header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] }, { cells: ['1', '每月报送工作推进情况。', '政法办', '每月'] }]])
    await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })

    await page.setViewportSize({ width: 1366, height: 768 })
    await open(`/campaigns/${campaign.id}`)
    await expect.poll(() => tableRows(page, 'tasks-table').count(), SLOW).toBe(1)
    await fillDate(page, byTest(page, 'task-period-date'), lastMonthEnd)
    await expect.poll(() => tableRows(page, 'tasks-table').first().innerText(), SLOW).toContain(`期次：${lastMonth}`)
    expect(await byTest(page, 'task-state').innerText()).toBe('逾期')

    await byTest(page, 'task-report').click()
    // the periods arrive after the drawer opens: until then the select shows its bare value
    await expect.poll(() => byTest(page, 'progress-period').innerText(), SLOW).toBe(lastMonth)
    await byTest(page, 'progress-note').locator('textarea').fill(`${lastMonth}情况已补报`)
    await page.waitForTimeout(400) // the drawer slides in: the picture is of it at rest
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'campaign-progress-period.png') })
    await byTest(page, 'progress-save').click()
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe('已记录「政法办」的进展')
    await expect.poll(() => byTest(page, 'task-state').innerText(), SLOW).toBe('待销号')

    // Today's month still asks for its own report; the drawer can pick any month since the start.
    await fillDate(page, byTest(page, 'task-period-date'), today)
    await expect.poll(() => tableRows(page, 'tasks-table').first().innerText(), SLOW).not.toContain(`期次：${lastMonth}`)
    expect(await byTest(page, 'task-state').innerText()).not.toBe('待销号')
    await byTest(page, 'task-report').click()
    await pickShown(page, byTest(page, 'progress-period'), lastMonth)
    const [task] = await app.call('tasks/list', { campaignId: campaign.id, periodDate: lastMonthEnd })
    expect(task?.progress[0]).toMatchObject({ status: 'done', note: `${lastMonth}情况已补报` })
  })

  it('puts a weekly task due today on the 工作台 with the week it is for', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    const today = localToday()
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7
    await app.call('responsibleUnits/create', { name: '政法办' })
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: addDays(today, -70) })
    const rhythm = `每周${'一二三四五六日'[weekday - 1]}`
    const doc = buildDocx(['任务清单'], [[{ header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] }, { cells: ['1', '报送每周工作推进情况表。', '政法办', rhythm] }]])
    await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })
    const [task] = await app.call('tasks/list', { campaignId: campaign.id })

    await page.setViewportSize({ width: 1366, height: 768 })
    await open('/')
    const card = byTest(page, 'dashboard-tasks')
    await expect.poll(() => card.innerText(), SLOW).toContain(task?.period?.label ?? 'no period')
    expect(await card.innerText()).toContain('冬春火灾防控 第1项')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-recurring-task.png') })
    expect((await app.call('tasks/dashboard', {})).dueSoon).toBe(1)
  })
})
