import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Download } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { actionButtons, addDays, fillDate, pickSubject, registerCase, todayOf } from './cases-helpers'
import { seedRegister } from './seed-data'
import { Docx, textOf } from '../core/documents/docx'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, feedbackUnder, lastToast, pick, tableRows } from './ui'

const ui = useUi({ firstRun: true })

describe('first run on an empty data folder', () => {
  it('sets the office up and issues its first notice with the office’s own 文号', async () => {
    const { page, harness } = ui()
    await page.goto(`${harness.url}#/cases`)
    await byTest(page, 'setup').waitFor()
    const year = todayOf(harness.app).slice(0, 4)
    // The cursor waits in the first field.
    await expect.poll(() => page.evaluate<string | null>(`document.activeElement?.closest('[data-test]')?.getAttribute('data-test') ?? null`)).toBe('setup-officeName')

    const name = byTest(page, 'setup-officeName').locator('input')
    const prefix = byTest(page, 'setup-prefix-docNumberRectificationNotice')
    await name.fill('')
    await prefix.locator('input').fill('虹消安委/整改')
    await byTest(page, 'setup-finish').click()
    // Both problems at once, beside their fields, in plain Chinese.
    await expect.poll(() => feedbackUnder(page, name).innerText()).toBe('请填写发文机关全称')
    expect(await feedbackUnder(page, prefix).innerText()).toContain('代字不能含有')
    // The cursor goes from 完成设置 to the first field refused, brought into view.
    await expect.poll(() => name.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    expect(await name.isVisible()).toBe(true)
    expect(await name.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true)

    await name.fill('虹桥镇消防安全委员会办公室')
    await byTest(page, 'setup-officeShortName').locator('input').fill('虹桥镇消安委办')
    await byTest(page, 'setup-townName').locator('input').fill('虹桥镇')
    // The other 代字 followed the short name; the one written by hand stayed as written.
    expect(await byTest(page, 'setup-preview-docNumberRecheckOpinion').innerText()).toBe(`虹桥消安委办复〔${new Date().getFullYear()}〕1号`)
    expect(await byTest(page, 'setup-preview-docNumberCircular').innerText()).toBe(`虹桥消安委办〔${new Date().getFullYear()}〕1号`)
    expect(await prefix.locator('input').inputValue()).toBe('虹消安委/整改')
    await prefix.locator('input').fill('虹消安委办整改')
    expect(await byTest(page, 'setup-preview-docNumberRectificationNotice').innerText()).toBe(`虹消安委办整改〔${new Date().getFullYear()}〕1号`)
    // The first operator is listed without being asked, in the middle of the setup, who is on duty.
    await byTest(page, 'operator-add').click()
    await byTest(page, 'operator-name').locator('input').fill('王晓东')
    await byTest(page, 'operator-save').click()
    await expect.poll(() => tableRows(page, 'operators-table').first().innerText()).toContain('王晓东')
    expect(await byTest(page, 'duty-dialog').isVisible()).toBe(false)
    await byTest(page, 'setup-areas').locator('textarea').fill('东风村\n西岙村、虹桥社区')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'firstuse-setup.png'), fullPage: true, animations: 'disabled' })
    await byTest(page, 'setup-finish').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('设置完成：新增 3 个村(社区)')
    await expect.poll(() => page.url()).toMatch(/#\/$/)
    // Set up, the office is asked who is on duty.
    await pick(page, byTest(page, 'duty-operator'), '王晓东（经办、审核、签发）')
    await byTest(page, 'duty-confirm').click()
    await expect.poll(() => byTest(page, 'operator').innerText()).toBe('经办人：王晓东')

    // The office's first unit and hazard through the empty pages' own buttons, then its first notice from the case page.
    await page.locator('.n-menu-item', { hasText: '监管对象' }).click()
    await byTest(page, 'empty-add-subject').click()
    expect(await byTest(page, 'field-address').locator('input').getAttribute('placeholder')).toBe('例如：虹桥镇××路88号')
    await byTest(page, 'field-name').locator('input').fill('虹桥镇好运来小吃店')
    await pick(page, byTest(page, 'field-kind'), '九小场所')
    await pick(page, byTest(page, 'field-area'), '虹桥社区')
    await byTest(page, 'subject-save').click()
    await byTest(page, 'subject-drawer').waitFor({ state: 'hidden' })

    await page.locator('.n-menu-item', { hasText: '隐患台账' }).click()
    await byTest(page, 'empty-add-case').click()
    await byTest(page, 'case-drawer').waitFor()
    await pickSubject(page, byTest(page, 'field-subjectId'), '好运来', '虹桥镇好运来小吃店')
    // With no roster yet, 检查人员 is a name typed and confirmed.
    await byTest(page, 'field-inspectors').click()
    await page.keyboard.type('王晓东')
    await page.locator('.n-base-select-option').filter({ hasText: '王晓东' }).first().waitFor()
    await page.keyboard.press('Enter')
    await byTest(page, 'case-drawer').locator('.n-drawer-header__main').click()
    await pick(page, byTest(page, 'field-categoryId'), '违规用火用电用气')
    await byTest(page, 'field-description').locator('textarea').fill('配电箱周边堆放纸箱等可燃物')
    await byTest(page, 'field-requirement').locator('textarea').fill('立即清理配电箱周边可燃物')
    await fillDate(page, byTest(page, 'field-deadline'), addDays(todayOf(harness.app), 7))
    await byTest(page, 'case-save').click()
    await byTest(page, 'case-drawer').waitFor({ state: 'hidden' })
    await byTest(page, 'case-actions').waitFor()
    const [c] = (await harness.app.call('cases/list', {})).rows
    expect(c).toMatchObject({ subjectName: '虹桥镇好运来小吃店', areaName: '虹桥社区', description: '配电箱周边堆放纸箱等可燃物', inspectors: '王晓东' })
    await byTest(page, 'issue-document').click()
    await page.locator('.n-dropdown-option').filter({ hasText: '消防安全隐患限期整改通知书' }).click()
    const number = `虹消安委办整改〔${year}〕1号`
    await expect.poll(() => byTest(page, 'issue-number-hint').innerText()).toContain(number)
    // One person may do every step here: the operator on duty is recorded for all three, nothing is typed.
    expect(await byTest(page, 'issue-one-person').innerText()).toContain('王晓东')
    await byTest(page, 'issue-submit').click()
    const preview = byTest(page, 'document-viewer').locator('[data-test="docx-preview"][data-state="ready"]')
    await preview.waitFor({ timeout: 20_000 })
    await expect.poll(() => preview.innerText()).toContain(number)
    expect(await preview.innerText()).toContain('虹桥镇消防安全委员会办公室')
    expect((await harness.app.call('documents/list', {})).rows[0]).toMatchObject({ draftedBy: '王晓东', reviewedBy: '王晓东', signedBy: '王晓东' })
    // 设置 shows the 经办人 the setup recorded, not the install's “管理员”.
    await page.goto(`${harness.url}#/settings`)
    await expect.poll(() => byTest(page, 'settings-operatorName').locator('input').inputValue()).toBe('王晓东')
  })
})

describe('operators and sign-off', () => {
  it('a draft goes 草稿 → 审核 → 签发 by three people, and the 文号 comes only at 签发', async () => {
    const { page, harness } = ui()
    const app = harness.app
    await app.call('settings/update', { setupDone: true, signOffByOnePerson: false })
    const clerk = await app.call('operators/create', { name: '黄丽娜', roles: ['drafter'] })
    await app.call('operators/create', { name: '陈志强', roles: ['reviewer'], pin: '2468' })
    await app.call('operators/create', { name: '李晓燕', roles: ['signer'] })
    const today = todayOf(app)
    await app.call('operators/signIn', { id: clerk.id })
    const draft = await app.call('drafts/save', {
      kind: 'warning_letter',
      data: { recipient: '虹桥镇好运来小吃店', facts: '检查中发现厨房未安装可燃气体报警装置。', risks: '易引发火灾。', requirements: '安装报警装置', deadline: addDays(today, 10), date: today },
    })
    // A new program start: nobody is on duty yet.
    app.ctx.session.operatorId = null

    // A new program: whoever is working chooses themselves first.
    await page.goto(`${harness.url}#/drafts`)
    const dialog = byTest(page, 'duty-dialog')
    await dialog.waitFor()
    await pick(page, byTest(page, 'duty-operator'), '陈志强（审核）')
    await byTest(page, 'duty-pin').locator('input').fill('1111')
    await byTest(page, 'duty-confirm').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'duty-pin')).innerText()).toBe('PIN不正确，还可以再试4次')
    await byTest(page, 'duty-pin').locator('input').fill('2468')
    await byTest(page, 'duty-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => byTest(page, 'operator').innerText()).toBe('经办人：陈志强')

    await byTest(page, 'draft-open').first().click()
    const drawer = byTest(page, 'draft-drawer')
    await drawer.locator('[data-test="docx-preview"][data-state="ready"]').waitFor({ timeout: 20_000 })
    expect(await byTest(page, 'draft-steps').innerText()).toContain('经办：黄丽娜')
    await byTest(page, 'draft-approve').click()
    await expect.poll(() => byTest(page, 'draft-steps').innerText()).toContain('审核：陈志强')
    expect(await byTest(page, 'draft-sign').count()).toBe(0)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'firstuse-signoff.png'), animations: 'disabled' })

    await page.keyboard.press('Escape')
    await byTest(page, 'duty-switch').click()
    await pick(page, byTest(page, 'duty-operator'), '李晓燕（签发）')
    await byTest(page, 'duty-confirm').click()
    await byTest(page, 'draft-open').first().click()
    await byTest(page, 'draft-sign').click()
    const number = `柳市消安委办函〔${today.slice(0, 4)}〕1号`
    await expect.poll(() => lastToast(page).innerText()).toBe(`已签发，文号 ${number}`)
    const doc = (await app.call('documents/list', {})).rows[0]
    expect(doc).toMatchObject({ number, draftedBy: '黄丽娜', reviewedBy: '陈志强', signedBy: '李晓燕' })
    expect((await app.call('drafts/get', { id: draft.id })).status).toBe('signed')
    // The register shows who drafted, checked and signed it.
    await page.goto(`${harness.url}#/documents`)
    await expect.poll(() => tableRows(page, 'register-table').first().innerText()).toContain('黄丽娜 / 陈志强 / 李晓燕')

    // Its 发文稿纸, from the register row and with the document's download, names all three.
    const sheetText = async (d: Download) => textOf(new Docx(readFileSync(await d.path())).document)
    const [fromRow] = await Promise.all([page.waitForEvent('download'), byTest(page, 'register-sheet').first().click()])
    expect(fromRow.suggestedFilename()).toBe(`${number} 发文稿纸.docx`)
    expect(await sheetText(fromRow)).toMatch(/黄丽娜[\s\S]*陈志强[\s\S]*李晓燕/)
    await byTest(page, 'register-preview').first().click()
    const both: Download[] = []
    page.on('download', (d) => both.push(d))
    await byTest(page, 'viewer-download').click()
    await expect.poll(() => both.map((d) => d.suggestedFilename()).sort()).toEqual([`${number} 发文稿纸.docx`, `${number} ${doc?.title ?? ''}.docx`])
    const sheet = both.find((d) => d.suggestedFilename().includes('发文稿纸'))
    expect(sheet && (await sheetText(sheet))).toMatch(/拟稿（经办）\n黄丽娜[\s\S]*核稿（审核）\n陈志强[\s\S]*签发\n李晓燕/)
  })

  it('a notice saved for 审核 shows on its hazard, which offers no second one, and 文书签发 names its unit and hazard', async () => {
    const { page, harness } = ui()
    const app = harness.app
    await app.call('settings/update', { setupDone: true, signOffByOnePerson: false })
    await app.call('operators/signIn', { id: (await app.call('operators/create', { name: '黄丽娜', roles: ['drafter'] })).id })
    await seedRegister(app)
    const c = await registerCase(app, '好运来', {})
    await page.setViewportSize({ width: 1366, height: 768 })

    await page.goto(`${harness.url}#/cases/${c.id}`)
    await byTest(page, 'case-actions').locator('button').filter({ hasText: /^下发整改通知$/ }).click()
    await byTest(page, 'issue-number-hint').waitFor()
    await byTest(page, 'issue-save-draft').click()
    await byTest(page, 'issue-drawer').waitFor({ state: 'hidden' })
    await expect.poll(() => byTest(page, 'case-draft').innerText()).toMatch(/^待审核\s*「消防安全隐患限期整改通知书」草稿，黄丽娜 经办\s*文书全文$/)
    expect(await byTest(page, 'case-status').innerText()).toBe('已登记')
    expect(await actionButtons(page)).not.toContain('下发整改通知')
    await byTest(page, 'issue-document').click()
    await page.locator('.n-dropdown-option').first().waitFor()
    expect(await page.locator('.n-dropdown-option').allInnerTexts()).not.toContain('消防安全隐患限期整改通知书')
    await page.keyboard.press('Escape')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'firstuse-case-draft.png'), animations: 'disabled' })
    // The waiting draft opens from the hazard, in full.
    await byTest(page, 'case-draft-open').click()
    await byTest(page, 'draft-drawer').locator('[data-test="docx-preview"][data-state="ready"]').waitFor({ timeout: 20_000 })
    // Its times read as the other pages' dates do.
    expect(await byTest(page, 'draft-steps').innerText()).toMatch(/经办：黄丽娜（\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d:\d\d）/)
    await page.keyboard.press('Escape')

    await page.goto(`${harness.url}#/drafts`)
    await expect.poll(() => tableRows(page, 'drafts-table').first().innerText()).toContain(`柳市镇好运来小吃店 · 隐患 ${c.number}`)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'firstuse-drafts.png'), animations: 'disabled' })
  })
})
