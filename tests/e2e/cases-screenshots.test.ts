import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { dashboardCounts, fillDate, pickShown, pickSubject, samplePng, todayOf } from './cases-helpers'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, feedbackUnder, tableRows } from './ui'

const ui = useUi()
/** Transitions are run to their end first, so the pictures show what a user sees once things settle. */
/** A field's message fades in under Vue's transition, which a screenshot would catch half-way. */
const messagesShown = (page: Page) => expect.poll(() => page.locator('.n-form-item-feedback[class*=transition]').count()).toBe(0)
const shot = (name: string) => ({ path: join(SCREENSHOT_DIR, name), animations: 'disabled' as const })

describe('casework screens with the example ledger', () => {
  it('saves screenshots of the dashboard, the ledger, a case page, the forms and search', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('settings/update', { operatorName: '王晓东' })
    await harness.app.call('demo/load', {})
    const today = todayOf(harness.app)

    await open('/')
    await expect.poll(async () => (await dashboardCounts(page)).open).toBeGreaterThan(0)
    await byTest(page, 'overdue-list').locator('[data-test=short-case]').first().waitFor()
    await page.screenshot(shot('dashboard.png'))

    await byTest(page, 'tile-open').click()
    await expect.poll(() => tableRows(page, 'cases-table').count()).toBe(20)
    await expect.poll(() => page.locator('.n-data-table-loading-wrapper').count()).toBe(0)
    await page.screenshot(shot('cases-list.png'))

    await open('/')
    await byTest(page, 'tile-overdue').click()
    await expect.poll(() => page.locator('[data-test=cases-table] tbody tr.row-overdue').count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.n-data-table-loading-wrapper').count()).toBe(0)
    await page.screenshot(shot('cases-overdue.png'))

    // The open case with the longest history that may still be extended, with photos from before and after.
    const openCases = (await harness.app.call('cases/list', { status: ['registered', 'noticed', 'rectifying'], pageSize: 200 })).rows
    const details = await Promise.all(openCases.map((c) => harness.app.call('cases/get', { id: c.id })))
    const richest = details.sort((a, b) => b.timeline.length - a.timeline.length || b.overdueDays - a.overdueDays)[0]
    const id = richest?.id ?? ''
    const photo = (band: [number, number, number], box: [number, number, number]) => samplePng(160, 120, band, box).toString('base64')
    await harness.app.call('cases/attach', { caseId: id, phase: 'before', fileName: '现场照片1.png', dataBase64: photo([110, 100, 90], [190, 60, 40]) })
    await harness.app.call('cases/attach', { caseId: id, phase: 'before', fileName: '现场照片2.png', dataBase64: photo([90, 100, 120], [220, 170, 60]) })
    await harness.app.call('cases/attach', { caseId: id, phase: 'after', fileName: '整改后.png', dataBase64: photo([150, 160, 150], [60, 140, 60]) })
    await page.setViewportSize({ width: 1440, height: 1100 })
    await open(`/cases/${id}`)
    await byTest(page, 'tab-attachments').click()
    await expect.poll(() => page.locator('[data-test=case-attachments] img').count()).toBe(3)
    await page.screenshot(shot('case-page.png'))

    await byTest(page, 'case-actions').locator('button').filter({ hasText: /^延期$/ }).click()
    // A new deadline that is not later than the current one: the core refuses it under the field.
    await fillDate(page, byTest(page, 'transition-newDeadline'), richest?.deadline ?? today)
    await byTest(page, 'transition-reason').locator('textarea').fill('业主外出务工，春节后返乡整改')
    await byTest(page, 'transition-approver').locator('input').fill('陈主任')
    await byTest(page, 'transition-confirm').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'transition-newDeadline')).innerText()).toMatch(/^延期后的整改期限应晚于原期限/)
    await messagesShown(page)
    await page.screenshot(shot('case-extend-refused.png'))
    await page.setViewportSize({ width: 1440, height: 900 })

    // An inspection with two hazards, the first missing its requirement: the message sits under that hazard.
    await open('/cases')
    await byTest(page, 'inspection-add').click()
    await pickSubject(page, byTest(page, 'inspection-subjectId'), richest?.subjectName ?? '', richest?.subjectName ?? '')
    await byTest(page, 'inspection-notes').locator('textarea').fill('冬春火灾防控专项检查')
    await pickShown(page, byTest(page, 'hazard-0-categoryId'), '电动自行车违规停放充电')
    await byTest(page, 'hazard-0-description').locator('textarea').fill('楼梯间停放电动自行车4辆并飞线充电')
    await byTest(page, 'hazard-add').click()
    await byTest(page, 'inspection-save').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'hazard-0-requirement')).innerText()).toBe('请填写整改要求')
    await messagesShown(page)
    await byTest(page, 'hazard-0-description').scrollIntoViewIfNeeded()
    await page.screenshot(shot('inspection-form.png'))
    await page.locator('[data-test=inspection-drawer] .n-base-close').click()
    await page.locator('.n-dialog').getByRole('button', { name: '放弃修改' }).click()
    await byTest(page, 'inspection-drawer').waitFor({ state: 'hidden' })

    await open('/search')
    await byTest(page, 'search-input').locator('input').fill('充电')
    await page.locator('[data-test=case-hit]').first().waitFor()
    await page.screenshot(shot('search.png'))
  })
})
