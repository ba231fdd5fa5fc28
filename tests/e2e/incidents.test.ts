import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { caseIn, smallLedger } from '../core/cases/fixtures'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, tableRows } from './ui'

const ui = useUi()
const SLOW = { timeout: 15_000 }

describe('火灾事故登记台账 rows', () => {
  it('corrects a fire, links it to the hazard found at the unit, and voids another with a reason', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    await page.setViewportSize({ width: 1366, height: 768 })
    const { shop } = await smallLedger(app)
    const hazard = await caseIn(app, 'registered', { subjectId: shop.id, description: '厨房油烟管道未清洗' })
    await app.call('incidents/create', { occurredOn: '2024-03-02', place: '柳青路88号', subjectId: shop.id, cause: '不明', injuries: 0 })
    await app.call('incidents/create', { occurredOn: '2024-03-03', place: '长江村5组', party: '李某某户', cause: '电气线路故障' })

    await open('/incidents')
    await expect.poll(() => tableRows(page, 'incidents-table').count(), SLOW).toBe(2)
    await tableRows(page, 'incidents-table').filter({ hasText: '柳青路88号' }).locator('td').first().click()
    await expect.poll(() => byTest(page, 'incident-drawer').innerText(), SLOW).toContain('修改火灾事故')
    expect(await byTest(page, 'incident-cause').locator('input').inputValue()).toBe('不明')
    await byTest(page, 'incident-cause').locator('input').fill('厨房油烟管道起火')
    // a multiple choice keeps its menu open: the hazard is clicked, then the menu closed
    await byTest(page, 'incident-cases').click()
    await page.locator('.n-base-select-menu:visible .n-base-select-option').filter({ hasText: `${hazard.number} 好运来小吃店 厨房油烟管道未清洗` }).click()
    await page.keyboard.press('Escape')
    await page.waitForTimeout(400) // the drawer slides in: the picture is of it at rest
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'incident-edit.png') })
    await byTest(page, 'incident-save').click()
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe('已修改「柳青路88号」的火灾事故')
    const row = tableRows(page, 'incidents-table').filter({ hasText: '柳青路88号' })
    await expect.poll(() => row.innerText(), SLOW).toContain(hazard.number)
    expect(await row.innerText()).toContain('厨房油烟管道起火')
    await row.getByRole('link', { name: hazard.number }).click()
    await expect.poll(() => page.url(), SLOW).toContain(`/cases/${hazard.id}`)

    await open('/incidents')
    await tableRows(page, 'incidents-table').filter({ hasText: '长江村5组' }).locator('[data-test=incident-void]').click()
    await byTest(page, 'void-reason').locator('textarea').fill('与柳青路88号为同一起，重复登记')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe('已作废「长江村5组」的火灾事故')
    await expect.poll(() => tableRows(page, 'incidents-table').count(), SLOW).toBe(1)
    expect(await byTest(page, 'incident-figures').innerText()).toContain('共 1 起')
    await byTest(page, 'incident-show-voided').click()
    await expect.poll(() => tableRows(page, 'incidents-table').count(), SLOW).toBe(2)
    expect(await tableRows(page, 'incidents-table').filter({ hasText: '长江村5组' }).innerText()).toContain('已作废')
    const stored = (await app.call('incidents/list', { includeVoided: true })).rows
    expect(stored.find((i) => i.place === '长江村5组')).toMatchObject({ voidReason: '与柳青路88号为同一起，重复登记' })
    expect(stored.find((i) => i.place === '柳青路88号')?.cases).toEqual([{ id: hazard.id, number: hazard.number }])
  })
})
