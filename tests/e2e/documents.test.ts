import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays, registerCase, todayOf } from './cases-helpers'
import { seedRegister } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, pick, tableRows } from './ui'

const ui = useUi()

describe('文书 from a case to the register', () => {
  it('issues a rectification notice from a case: numbered, previewed, linked in the timeline, listed in the register', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const year = today.slice(0, 4)
    const c = await registerCase(harness.app, '柳市镇好运来小吃店', { foundDate: addDays(today, -1), deadline: addDays(today, 10) })
    const number = `柳市消安委办整改〔${year}〕1号`

    await open(`/cases/${c.id}`)
    await byTest(page, 'issue-document').click()
    await page.locator('.n-dropdown-option').filter({ hasText: '消防安全隐患限期整改通知书' }).click()
    const drawer = byTest(page, 'issue-drawer')
    await expect.poll(() => byTest(page, 'issue-number-hint').innerText()).toContain(`预计为 ${number}`)
    expect(await byTest(page, 'issue-number-hint').innerText()).toContain('已下发整改通知')
    expect(await drawer.locator('[data-test="field-subjectName"] input').inputValue()).toBe('柳市镇好运来小吃店')
    expect(await drawer.locator('[data-test="field-hazards-0-description"] textarea').inputValue()).toBe('配电箱周边堆放纸箱等可燃物')
    await drawer.screenshot({ path: join(SCREENSHOT_DIR, 'documents-issue-form.png'), animations: 'disabled' })
    await byTest(page, 'issue-submit').click()

    const viewer = byTest(page, 'document-viewer')
    await viewer.waitFor()
    const preview = viewer.locator('[data-test="docx-preview"][data-state="ready"]')
    await preview.waitFor({ timeout: 20_000 })
    await expect.poll(() => preview.innerText()).toContain(number)
    expect(await preview.innerText()).toContain('配电箱周边堆放纸箱等可燃物')
    await viewer.screenshot({ path: join(SCREENSHOT_DIR, 'documents-preview.png'), animations: 'disabled' })
    await page.keyboard.press('Escape')
    await viewer.waitFor({ state: 'hidden' })

    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('已下发整改通知')
    const step = byTest(page, 'case-timeline').locator('[data-action="notice"]')
    await expect.poll(() => step.innerText()).toContain(number)
    const [doc] = (await harness.app.call('documents/list', { caseId: c.id })).rows
    expect(doc).toMatchObject({ number, caseId: c.id, status: 'issued' })
    expect((await harness.app.call('cases/get', { id: c.id })).timeline.at(-1)?.documentId).toBe(doc?.id)
    await expect.poll(() => step.locator('[data-test=document-link]').innerText()).toBe(`消防安全隐患限期整改通知书 ${number}`)

    await open('/documents')
    await expect.poll(() => tableRows(page, 'register-table').count()).toBe(1)
    const row = tableRows(page, 'register-table').first()
    expect(await row.innerText()).toContain(number)
    expect(await row.innerText()).toContain('柳市镇好运来小吃店')
    expect(await row.innerText()).toContain(c.number)

    await row.locator('[data-test="register-deliver"]').click()
    await byTest(page, 'deliver-confirm').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已登记送达')
    await expect.poll(() => row.innerText()).not.toContain('未送达')
    await page.locator('.n-message').first().waitFor({ state: 'hidden', timeout: 10_000 })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-register.png'), animations: 'disabled' })

    await row.locator('[data-test="register-preview"]').click()
    await viewer.locator('[data-test="docx-preview"][data-state="ready"]').waitFor({ timeout: 20_000 })
    await page.keyboard.press('Escape')
    await row.locator('[data-test="register-void"]').click()
    await byTest(page, 'void-reason').locator('textarea').fill('整改期限填写错误')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => row.innerText()).toContain('已作废')
    expect(await row.innerText()).toContain('整改期限填写错误')
  })
})

describe('批量发函 from the subjects list', () => {
  it('sends a warning letter to every subject the filter finds, with a progress bar and one combined file', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const area = (await harness.app.call('areas/list', {})).find((a) => a.name === '前街社区')
    const expected = (await harness.app.call('subjects/list', { areaId: area?.id ?? '', pageSize: 100 })).total
    expect(expected).toBeGreaterThan(1)

    await open('/subjects')
    await pick(page, byTest(page, 'filter-area'), '前街社区')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(expected)
    await byTest(page, 'batch-open-dialog').click()
    const dialog = byTest(page, 'batch-dialog')
    await expect.poll(() => dialog.innerText()).toContain(`全部 ${expected} 个监管对象`)
    // The cursor starts in the kind picker, its list shut over nothing.
    await expect.poll(() => byTest(page, 'batch-kind').locator('input:focus').count()).toBe(1)
    expect(await page.locator('.n-base-select-menu').filter({ hasText: '函告' }).isVisible()).toBe(false)
    await dialog.locator('[data-test="field-facts"] textarea').fill('近期夜查中发现部分场所电动自行车在楼道内停放充电。')
    await dialog.locator('[data-test="field-risks"] textarea').fill('电动自行车火灾蔓延快、毒烟大，极易造成人员伤亡。')
    await dialog.locator('[data-test="field-requirements"] textarea').fill('立即清理楼道内停放的电动自行车\n设置集中充电场所')
    const deadline = dialog.locator('[data-test="field-deadline"] input')
    await deadline.click()
    await deadline.fill(addDays(today, 10))
    await deadline.press('Enter')
    await byTest(page, 'batch-start').click()

    const result = byTest(page, 'batch-result')
    await result.waitFor({ timeout: 30_000 })
    expect(await result.innerText()).toBe(`已签发 ${expected} 份：柳市消安委办函〔${today.slice(0, 4)}〕1号 至 柳市消安委办函〔${today.slice(0, 4)}〕${expected}号`)
    expect(await byTest(page, 'batch-progress').innerText()).toContain('100%')
    await dialog.screenshot({ path: join(SCREENSHOT_DIR, 'documents-batch.png'), animations: 'disabled' })
    const letters = await harness.app.call('documents/list', { kind: 'warning_letter', pageSize: 100 })
    expect(letters.total).toBe(expected)
    expect(new Set(letters.rows.map((d) => d.batchId)).size).toBe(1)
  })
})

describe('模板 staff replace', () => {
  it('refuses a template with a full-width brace and explains where', async () => {
    const { page, open } = ui()
    await open('/documents/settings')
    const row = byTest(page, 'template-row').filter({ hasText: '消防安全警示函' })
    await row.waitFor()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-settings.png'), animations: 'disabled' })
    const { readFileSync } = await import('node:fs')
    const PizZip = (await import('pizzip')).default
    const zip = new PizZip(readFileSync('templates/warning_letter.docx'))
    zip.file('word/document.xml', (zip.file('word/document.xml')?.asText() ?? '').replace('{recipient}：', '｛recipient｝：'))
    const chooser = page.waitForEvent('filechooser')
    await row.locator('[data-test="template-upload"]').click()
    await (await chooser).setFiles({ name: '警示函.docx', mimeType: 'application/octet-stream', buffer: zip.generate({ type: 'nodebuffer' }) })
    const problems = row.locator('[data-test="template-problems"]')
    await problems.waitFor()
    expect(await problems.innerText()).toContain('｛recipient｝')
    expect(await problems.innerText()).toContain('全角大括号')
    expect(await row.innerText()).toContain('原始模板')
    await row.screenshot({ path: join(SCREENSHOT_DIR, 'documents-template-check.png'), animations: 'disabled' })
  })
})
