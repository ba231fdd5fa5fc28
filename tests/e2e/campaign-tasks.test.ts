import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, tableRows } from './ui'

const ui = useUi()
const SLOW = { timeout: 15_000 }

/** Chooses one option of a multiple select, then closes its menu by clicking the drawer's title. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click()
  await page.locator('.n-base-select-menu:visible .n-base-select-option').filter({ hasText: new RegExp(`^${label}$`) }).click()
  await page.locator('.n-drawer-header').click()
  await page.locator('.n-base-select-menu').waitFor({ state: 'hidden' })
}

describe('a 专项行动 without a task list file', () => {
  it('adds a task by hand, corrects it and voids it with a reason; with villages only, the unit picker says where departments are added', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    await page.setViewportSize({ width: 1366, height: 768 })
    // as after first-run setup: villages, no department
    await app.call('areas/create', { name: '长江村', sortOrder: 1 })
    const today = await app.ctx.clock.today()
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: today })
    await open(`/campaigns/${campaign.id}`)

    await byTest(page, 'campaign-add-task').click()
    await byTest(page, 'task-drawer').waitFor()
    expect(await byTest(page, 'no-departments').innerText()).toContain('到「责任单位」登记部门')
    await byTest(page, 'task-content').locator('textarea').fill('开展出租房消防安全排查整治')
    await choose(page, byTest(page, 'task-lead'), '各村（社区）')
    await byTest(page, 'task-due').locator('input').fill('每月26日前')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'campaign-task-add.png') })
    await byTest(page, 'task-save').click()
    await expect.poll(async () => (await tableRows(page, 'tasks-table').allInnerTexts()).join('|'), SLOW).toContain('开展出租房消防安全排查整治')
    const row = await tableRows(page, 'tasks-table').first().innerText()
    expect(row).toContain('各村（社区）')
    expect(row).toContain('每月26日前')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'campaign-task-added.png') })
    expect((await app.call('tasks/list', { campaignId: campaign.id }))[0]).toMatchObject({ seq: 1, recurring: 'monthly:26', progress: [{ unitName: '长江村' }] })

    await byTest(page, 'task-edit').click()
    await byTest(page, 'task-content').locator('textarea').fill('开展出租房、合用场所消防安全排查整治')
    await byTest(page, 'task-save').click()
    await expect.poll(() => tableRows(page, 'tasks-table').first().innerText(), SLOW).toContain('合用场所')

    await byTest(page, 'task-void').click()
    await byTest(page, 'void-reason').locator('textarea').fill('与第2项重复')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe('已作废')
    await expect.poll(() => byTest(page, 'tasks-table').innerText(), SLOW).toContain('尚无任务')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'campaign-task-voided.png') })
  })
})
