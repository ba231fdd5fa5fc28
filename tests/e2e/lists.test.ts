import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../electron/core/app'
import { addDays, registerCase, todayOf } from './cases-helpers'
import { seedRegister } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, pick, tableRows } from './ui'

const ui = useUi()

/** Two interviews of two kinds, so a filter visibly narrows the list. */
async function twoInterviews(app: FiredeskApp): Promise<void> {
  await seedRegister(app)
  const today = todayOf(app)
  for (const [unit, kind, reason] of [
    ['柳市镇好运来小吃店', 'reminder', '厨房液化气钢瓶放在疏散通道'],
    ['华联超市柳市店', 'warning', '安全出口被货架堵塞'],
  ] as const) {
    const c = await registerCase(app, unit, { foundDate: addDays(today, -30), deadline: addDays(today, -10), description: reason })
    await app.call('interviews/create', {
      kind,
      caseIds: [c.id],
      subjectId: c.subjectId,
      interviewees: [{ name: '负责人', unit, post: '经营者' }],
      interviewers: '王建国',
      plannedAt: `${addDays(today, 3)}T09:00`,
      place: '镇消安委办',
      reason,
    })
  }
}

describe('a list page keeps its filter in the address', () => {
  it('narrows by a filter, survives a reload of its address, and comes back to it from a record', async () => {
    const { page, open, harness } = ui()
    await twoInterviews(harness.app)
    await open('/interviews')
    await expect.poll(() => tableRows(page, 'interviews-table').count()).toBe(2)

    await pick(page, byTest(page, 'interviews-kind'), '警示约谈')
    await expect.poll(() => tableRows(page, 'interviews-table').count()).toBe(1)
    await expect.poll(() => decodeURIComponent(page.url())).toContain('"kind":"warning"')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'list-interviews-filtered.png') })

    // The address alone brings the same rows back: a bookmark, a link, a fresh window.
    await page.goto(page.url())
    await byTest(page, 'operator').waitFor()
    await expect.poll(() => tableRows(page, 'interviews-table').count()).toBe(1)
    expect(await byTest(page, 'interviews-kind').innerText()).toContain('警示约谈')

    await tableRows(page, 'interviews-table').first().click()
    await page.waitForURL(/#\/interviews\/[^/?]+$/)
    await page.goBack()
    await expect.poll(() => tableRows(page, 'interviews-table').count()).toBe(1)
    await expect.poll(() => tableRows(page, 'interviews-table').first().innerText()).toContain('安全出口被货架堵塞')
  })

  it('searches typed text after a pause, and clearing it shows every row again', async () => {
    const { page, open, harness } = ui()
    await twoInterviews(harness.app)
    await open('/interviews')
    await expect.poll(() => tableRows(page, 'interviews-table').count()).toBe(2)
    await byTest(page, 'interviews-text').locator('input').fill('液化气')
    await expect.poll(() => tableRows(page, 'interviews-table').count()).toBe(1)
    await byTest(page, 'interviews-text').locator('input').fill('')
    await expect.poll(() => tableRows(page, 'interviews-table').count()).toBe(2)
  })
})
