import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { seedRegister } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, columnTexts, lastToast, tableRows } from './ui'

const ui = useUi()

/**
 * The page scrolls inside the layout, not the window: a taller window shows it whole, from its top.
 * The mouse is moved off the controls so no hover outline shows.
 */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1500 })
  await page.mouse.move(1, 1)
  await page.locator('.n-layout-scroll-container', { has: byTest(page, 'backup-page') }).last().evaluate((el: unknown) => (el as { scrollTop: number }).scrollTop = 0)
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), animations: 'disabled' })
  await page.setViewportSize({ width: 1440, height: 900 })
}

describe('备份与恢复 page', () => {
  it('makes a backup, and restoring it after a change gives back the old data everywhere in the app', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/settings')
    await byTest(page, 'settings-backup-link').click()
    await expect.poll(() => tableRows(page, 'backups-table').count()).toBe(0)
    expect(await byTest(page, 'backups-table').innerText()).toContain('还没有备份')

    await byTest(page, 'backup-now').click()
    await expect.poll(() => tableRows(page, 'backups-table').count()).toBe(1)
    expect(await lastToast(page).innerText()).toMatch(/^已备份：.*firedesk-backup-\d{8}-\d{6}-manual\.zip$/)
    expect(await columnTexts(page, 'backups-table', 'kind')).toEqual(['手动'])
    expect(await columnTexts(page, 'backups-table', 'counts')).toEqual(['监管对象 20 个、村(社区) 7 个'])

    // The change: a unit registered and the operator renamed after the backup was made.
    const area = (await harness.app.call('areas/list', {})).find((a) => a.name === '新光社区')
    await harness.app.call('subjects/create', { name: '新光路便利店', kindId: 'sk01', areaId: area?.id ?? '' })
    await open('/settings')
    await byTest(page, 'settings-operatorName').locator('input').fill('李明')
    await byTest(page, 'settings-save').click()
    await expect.poll(() => byTest(page, 'operator').innerText()).toBe('经办人：李明')
    await byTest(page, 'settings-backup-link').click()

    await byTest(page, 'backup-verify').first().click()
    await expect.poll(() => lastToast(page).innerText()).toMatch(/^备份完好：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d制作，监管对象 20 个、村\(社区\) 7 个$/)

    // The screenshots show the page, not the toasts of the steps before.
    await expect.poll(() => page.locator('.n-message').count(), { timeout: 10_000 }).toBe(0)
    await byTest(page, 'backup-restore').first().click()
    const dialog = byTest(page, 'restore-dialog')
    await dialog.waitFor()
    expect(await dialog.innerText()).toContain('恢复前，程序会先把当前数据另存为一份“恢复前”备份')
    expect(await dialog.innerText()).toContain('监管对象 20 个、村(社区) 7 个')
    expect(await byTest(page, 'restore-confirm').isDisabled()).toBe(true)
    await byTest(page, 'restore-word').locator('input').fill('确定')
    expect(await byTest(page, 'restore-confirm').isDisabled()).toBe(true)
    await byTest(page, 'restore-word').locator('input').fill('恢复')
    await screenshotWhole(page, 'backup-restore-dialog.png')
    await byTest(page, 'restore-confirm').click()
    await dialog.waitFor({ state: 'hidden' })

    await expect.poll(() => byTest(page, 'backup-restored').innerText()).toMatch(/已恢复到 .* 制作的备份。恢复前的数据已另存为 firedesk-backup-\d{8}-\d{6}-before-restore\.zip/)
    await expect.poll(() => byTest(page, 'operator').innerText()).toBe('经办人：管理员')
    await expect.poll(() => columnTexts(page, 'backups-table', 'kind')).toEqual(expect.arrayContaining(['手动', '恢复前']))
    expect(await columnTexts(page, 'backups-table', 'counts')).toContain('监管对象 21 个、村(社区) 7 个')
    await screenshotWhole(page, 'backup-page.png')

    // Through the menu, without reloading the page: the unit registered after the backup is gone.
    await page.locator('.n-menu-item', { hasText: '监管对象' }).click()
    await byTest(page, 'filter-text').locator('input').fill('新光路便利店')
    await expect.poll(() => byTest(page, 'subjects-table').innerText()).toContain('没有符合条件的监管对象')
    expect((await harness.app.call('subjects/list', {})).total).toBe(20)
  })

  it('leaves by download and comes back by upload: the uploaded copy is verified, a damaged one refused, and no typed path is taken', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const usb = mkdtempSync(join(tmpdir(), 'firedesk-usb-'))
    try {
      await open('/settings/backup')
      expect(await byTest(page, 'backup-elsewhere-hint').innerText()).toContain('再点列表中的“下载”')
      expect(await byTest(page, 'backup-folder').count()).toBe(0)
      await byTest(page, 'backup-now').click()
      await expect.poll(() => tableRows(page, 'backups-table').count()).toBe(1)
      const [download] = await Promise.all([page.waitForEvent('download'), byTest(page, 'backup-download').click()])
      expect(download.suggestedFilename()).toMatch(/^firedesk-backup-\d{8}-\d{6}-manual\.zip$/)
      const copy = join(usb, download.suggestedFilename())
      await download.saveAs(copy)
      const listed = (await harness.app.call('backup/list', {}))[0]
      expect(readFileSync(copy).equals(readFileSync(listed?.file ?? ''))).toBe(true)

      await byTest(page, 'backup-upload-file').setInputFiles(copy)
      await expect.poll(() => byTest(page, 'backup-uploaded').locator('input').inputValue()).toBe(`已上传：${download.suggestedFilename()}`)
      const incoming = readdirSync(join(harness.app.ctx.dataDir ?? '', 'incoming'))
      expect(incoming).toEqual([expect.stringMatching(/^upload-\w+\.zip$/)])
      await byTest(page, 'backup-path-verify').click()
      await expect.poll(() => lastToast(page).innerText()).toMatch(/^备份完好：.*监管对象 20 个、村\(社区\) 7 个$/)

      const damaged = join(usb, '坏的备份.zip')
      const bytes = readFileSync(copy)
      writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)))
      await byTest(page, 'backup-upload-file').setInputFiles(damaged)
      await expect.poll(() => byTest(page, 'backup-uploaded').locator('input').inputValue()).toBe('已上传：坏的备份.zip')
      await byTest(page, 'backup-path-restore').click()
      await expect.poll(() => lastToast(page).innerText()).toBe('备份文件已损坏或不完整（无法读取压缩包），未作任何改动')
      expect(await byTest(page, 'restore-dialog').count()).toBe(0)
      expect((await harness.app.call('subjects/list', {})).total).toBe(20)

      // What a page may not do in the browser mode: name a folder or a file of this machine.
      const typed = await page.evaluate(
        async ({ file, token }: { file: string; token: string }) => {
          const post = (name: string, args: unknown) =>
            fetch(`/rpc/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-FireDesk-Token': token }, body: JSON.stringify(args) }).then((r) => r.json())
          return [await post('backup/restore', { file }), await post('backup/create', { dir: '/tmp' })]
        },
        { file: copy, token: harness.token },
      )
      expect(typed).toEqual([
        { ok: false, error: { code: 'FORBIDDEN', message: '备份文件须从备份列表中选择，或用“上传备份文件”选取，不能直接输入路径' } },
        { ok: false, error: { code: 'FORBIDDEN', message: '浏览器中不能选择文件夹：请先“立即备份”，再点列表中的“下载”保存到U盘或其他位置' } },
      ])
      await screenshotWhole(page, 'backup-upload.png')
    } finally {
      rmSync(usb, { recursive: true, force: true })
    }
  })

  it('shows a big backup’s progress with 取消, and a cancel leaves no backup behind', async () => {
    const { page, harness, open } = ui()
    const photos = join(harness.app.ctx.dataDir ?? '', 'attachments')
    mkdirSync(photos, { recursive: true })
    for (let i = 0; i < 3; i++) writeFileSync(join(photos, `photo-${i}.jpg`), randomBytes(4 * 1024 * 1024))
    await open('/settings/backup')
    await byTest(page, 'backup-now').click()
    await byTest(page, 'backup-progress').waitFor()
    expect(await byTest(page, 'backup-progress').innerText()).toContain('备份 · 正在打包')
    await screenshotWhole(page, 'backup-progress.png')
    await byTest(page, 'backup-cancel').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已取消，未作任何改动')
    await byTest(page, 'backup-progress').waitFor({ state: 'hidden' })
    expect(await byTest(page, 'backup-now').isDisabled()).toBe(false)
    expect(readdirSync(join(harness.app.ctx.dataDir ?? '', 'backups'))).toEqual([])
  })
})
