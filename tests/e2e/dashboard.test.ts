import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays, dashboardCounts, registerCase, todayOf, zhDate, type DashboardCounts } from './cases-helpers'
import { seedRegister } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, tableRows } from './ui'

const ui = useUi()

const tiles: (keyof DashboardCounts)[] = ['overdue', 'dueWithin3', 'dueWithin7', 'awaitingRecheck', 'openMajor', 'open']

describe('工作台', () => {
  it('opens the example data in its own folder, marked on every screen; every number opens exactly that many cases; 退出示例 finds the office data untouched', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('areas/create', { name: '柳黄头村' })
    await open('/')
    await byTest(page, 'demo-offer').waitFor()
    expect(await byTest(page, 'demo-banner').count()).toBe(0)
    expect(await dashboardCounts(page)).toEqual({ overdue: 0, dueWithin3: 0, dueWithin7: 0, awaitingRecheck: 0, openMajor: 0, open: 0 })

    await byTest(page, 'demo-load').click()
    await byTest(page, 'demo-banner').waitFor({ timeout: 30_000 })
    expect(await byTest(page, 'demo-banner').innerText()).toContain('示例数据')
    await byTest(page, 'demo-offer').waitFor({ state: 'hidden' })
    expect(harness.app.ctx.dataDir).toBe(join(harness.app.ctx.homeDir ?? '', 'demo'))

    const summary = await harness.app.call('dashboard/summary', {})
    const expected = Object.fromEntries(tiles.map((k) => [k, summary[k].count])) as DashboardCounts
    await expect.poll(() => dashboardCounts(page)).toEqual(expected)
    expect(expected.overdue).toBeGreaterThan(0)
    expect(await byTest(page, 'overdue-list').locator('[data-test=days]').first().innerText()).toBe(`逾期${summary.overdue.cases[0]?.overdueDays}天`)

    const total = () => byTest(page, 'cases-table').locator('.n-pagination-prefix').innerText()
    for (const key of tiles) {
      await open('/')
      await byTest(page, `tile-${key}`).click()
      await expect.poll(total, { message: key, timeout: 10_000 }).toBe(`共 ${expected[key]} 条`)
      expect(await byTest(page, 'demo-banner').isVisible()).toBe(true)
    }

    const area = summary.byArea[0]
    await open('/')
    await byTest(page, 'by-area').locator('[data-test=group-open]').first().click()
    await expect.poll(total).toBe(`共 ${area?.count} 条`)
    await open('/')
    await byTest(page, 'by-category').locator('a[data-test=group-overdue]').first().click()
    const category = summary.byCategory.find((g) => g.overdue > 0)
    await expect.poll(total).toBe(`共 ${category?.overdue} 条`)
    expect(await page.locator('[data-test=cases-table] tbody tr.row-overdue').count()).toBe(await tableRows(page, 'cases-table').count())

    await byTest(page, 'demo-leave').click()
    await byTest(page, 'demo-offer').waitFor({ timeout: 30_000 })
    expect(await byTest(page, 'demo-banner').count()).toBe(0)
    expect(harness.app.ctx.dataDir).toBe(harness.app.ctx.homeDir)
    expect((await harness.app.call('areas/list', {})).map((a) => a.name)).toEqual(['柳黄头村'])
    expect((await harness.app.call('cases/list', {})).total).toBe(0)
  })

  it('goes back to the office data with a Chinese message when the open demo folder is deleted by hand', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('areas/create', { name: '柳黄头村' })
    await open('/')
    await byTest(page, 'demo-load').click()
    await byTest(page, 'demo-banner').waitFor({ timeout: 30_000 })
    // The start-up check of the demo file has finished once the 工作台 shows its numbers.
    await expect.poll(async () => (await dashboardCounts(page)).overdue, { timeout: 30_000 }).toBeGreaterThan(0)
    rmSync(join(harness.app.ctx.homeDir ?? '', 'demo'), { recursive: true, force: true })

    await page.locator('.n-menu-item', { hasText: '隐患台账' }).click()
    const told = page.locator('.n-dialog')
    await told.waitFor()
    expect(await told.innerText()).toContain('程序已回到本办数据，本办数据没有受到任何影响')
    await told.getByRole('button', { name: '回到本办数据' }).click()
    await byTest(page, 'demo-offer').waitFor({ timeout: 30_000 })
    expect(await byTest(page, 'demo-banner').count()).toBe(0)
    expect(harness.app.ctx.dataDir).toBe(harness.app.ctx.homeDir)
    await open('/areas')
    await expect.poll(() => byTest(page, 'areas-table').innerText()).toContain('柳黄头村')
  })

  it('says what became overdue since the app was last started', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    // The office last opened the app ten days ago.
    harness.app.ctx.db.prepare('INSERT INTO app_starts (date, at) VALUES (?, ?)').run(addDays(today, -10), `${addDays(today, -10)}T01:00:00.000Z`)
    const fresh = await registerCase(harness.app, '宏盛五金加工店', { foundDate: addDays(today, -15), deadline: addDays(today, -4), description: '生产区与住人区未分隔' })
    await registerCase(harness.app, '星光KTV', { foundDate: addDays(today, -30), deadline: addDays(today, -12), description: '包厢疏散指示标志损坏' })

    await open('/')
    const notice = byTest(page, 'since-notice')
    await notice.waitFor()
    expect(await notice.innerText()).toContain(`上次启动是${zhDate(addDays(today, -10))}`)
    expect(await byTest(page, 'since-count').innerText()).toBe('1 条')
    expect(await notice.locator('li').allInnerTexts()).toEqual([`${fresh.number} 宏盛五金加工店（三合一）逾期4天`])
    expect((await dashboardCounts(page)).overdue).toBe(2)

    await byTest(page, 'since-count').click()
    await expect.poll(() => byTest(page, 'cases-table').locator('.n-pagination-prefix').innerText()).toBe('共 1 条')

    // Said until the user closes it; not again in the same run.
    await open('/')
    await notice.waitFor()
    await notice.locator('.n-alert__close').click()
    await notice.waitFor({ state: 'hidden' })
    await open('/cases')
    await open('/')
    await byTest(page, 'tile-open').waitFor()
    expect(await notice.count()).toBe(0)
  })

  it('stops the user with the Chinese advice when the data file fails its check at start', async () => {
    const { page, open } = ui()
    const advice = '数据文件检查未通过，可能已损坏。请不要继续录入，到「设置 → 备份与恢复」从最近的备份恢复。'
    await page.route('**/rpc/app/startup', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, data: { integrity: { ok: false, advice, newestBackup: null }, interruptedBatches: [], autoBackup: null } }),
      }),
    )
    await open('/')
    const dialog = page.locator('.n-dialog')
    await dialog.waitFor()
    expect(await dialog.locator('.n-dialog__title').innerText()).toBe('数据文件检查未通过')
    expect(await dialog.locator('.n-dialog__content').innerText()).toBe(advice)
    await page.keyboard.press('Escape')
    await page.mouse.click(5, 5)
    expect(await dialog.isVisible()).toBe(true)
    await dialog.getByText('我知道了').click()
    await dialog.waitFor({ state: 'hidden' })
  })

  it('tells what a batch of letters cut short at the last start issued, once', async () => {
    const { page, open } = ui()
    const interrupted = { batchId: 'b1', kind: 'warning_letter', kindName: '消防安全警示函', total: 6, issued: 3, firstNumber: '柳市消安委办函〔2024〕1号', lastNumber: '柳市消安委办函〔2024〕3号' }
    await page.route('**/rpc/app/startup', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, data: { integrity: { ok: true, advice: null, newestBackup: null }, interruptedBatches: [interrupted], autoBackup: null } }),
      }),
    )
    await open('/')
    const dialog = page.locator('.n-dialog')
    await dialog.waitFor()
    expect(await dialog.locator('.n-dialog__title').innerText()).toBe('上次的批量发函没有完成')
    expect(await dialog.locator('.n-dialog__content').innerText()).toBe(
      '「消防安全警示函」计划 6 份，程序关闭前已签发 3 份（柳市消安委办函〔2024〕1号 至 柳市消安委办函〔2024〕3号），已合并为一个打印文件；其余 3 份未签发，需要时请重新发起。',
    )
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-batch-interrupted.png') })
    await dialog.getByText('我知道了').click()
    await dialog.waitFor({ state: 'hidden' })
    await open('/cases')
    await open('/')
    await byTest(page, 'tile-open').waitFor()
    expect(await dialog.count()).toBe(0)
  })
})
