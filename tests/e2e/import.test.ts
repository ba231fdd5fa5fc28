import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { day, workbookOf, type Cell } from '../fixtures/import/ledger'
import { seedRegister } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, columnTexts, pick, tableRows } from './ui'

const ui = useUi()

/**
 * The page scrolls inside the layout, not the window: a taller window shows it whole, from its top.
 * The mouse is moved off the controls so no hover outline shows.
 */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1500 })
  await page.mouse.move(1, 1)
  await page.locator('.n-layout-scroll-container', { has: byTest(page, 'import-page') }).last().evaluate((el: unknown) => (el as { scrollTop: number }).scrollTop = 0)
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), animations: 'disabled' })
  await page.setViewportSize({ width: 1440, height: 900 })
}
/** These tests compile without the DOM lib; the function runs in the page. */
const colorOf = (el: unknown): string => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const HEADER = ['序号', '单位名称', '地址', '负责人', '联系电话', '所属村', '隐患内容', '时间', '整改时限', '整改情况', '销号日期']
/**
 * A ledger as offices keep them: a merged title and a note above the header (row 3), a blank line,
 * dates as date cells and as text in three spellings, full-width digits, a term in days, a row
 * without a unit name (sheet row 7), a unit already registered (row 9), and the 发现日期 column
 * headed 「时间」, which no importer could guess.
 */
const ROWS: Cell[][] = [
  [1, '柳市镇永丰五金店', '柳市镇前街路18号', '林永丰', '１３８５７７１００１１', '前街社区', '店内电动自行车充电', day('2024-03-05'), '2024.3.20', '已销号', '2024年3月18日'],
  [2, '柳市镇永丰五金店', '柳市镇前街路18号', '林永丰', '138 5771 0011', '前街社区', '灭火器压力不足', '2024/4/2', '2024-4-9', '整改中', null],
  [],
  [3, null, '柳市镇后街路9号', '陈立', '13600000000', '后街社区', '疏散通道堵塞', '2024-4-10', '2024-4-17', null, null],
  [4, '象阳村聚福小吃店', '柳市镇象阳村学前路8号', '叶聚福', '13906770022', '象阳村', '厨房油烟管道未清洗', day('2024-05-06'), '15天', '未整改', null],
  [5, '柳市镇好运来小吃店', '柳市镇前街路112号', '黄小燕', '13736271188', '前街社区', '液化气瓶放在厨房外通道', '2024年5月8日', '2024-5-15', '已整改', null],
]

const ledger = () =>
  workbookOf((ws) => {
    ws.addRow(['柳市镇2024年消防安全隐患整改台账'])
    ws.mergeCells('A1:K1')
    ws.addRow(['填报单位：柳市镇消安委办　　填报日期：2024年6月30日'])
    ws.addRow(HEADER)
    for (const r of ROWS) ws.addRow(r)
  })

describe('数据导入 page', () => {
  it('previews a messy ledger with its problems in Chinese, takes a corrected mapping, and imports only on commit', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/import')
    await byTest(page, 'import-kind').locator('[data-kind=cases]').click()
    await byTest(page, 'import-file').setInputFiles({ name: '柳市镇隐患台账.xlsx', mimeType: XLSX, buffer: await ledger() })

    await byTest(page, 'import-preview').waitFor()
    expect(await byTest(page, 'import-header-row').innerText()).toBe('表头在第 3 行')
    expect(await columnTexts(page, 'import-columns', 'header')).toEqual(HEADER)
    expect(await byTest(page, 'import-map-H').innerText()).toBe('不导入')
    expect(await byTest(page, 'import-map-G').innerText()).toBe('隐患内容（必填）')
    const problems = async () => (await tableRows(page, 'import-problems').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()))
    const missing = await problems()
    expect(missing[0]).toEqual(['整表', '—', '错误', '未找到「发现日期」列，请在列对应中指定'])
    expect(missing).toContainEqual(['第7行', 'B 单位名称', '错误', '未填写单位名称'])
    await expect.poll(() => byTest(page, 'import-commit').isDisabled()).toBe(true)

    await pick(page, byTest(page, 'import-map-H'), '发现日期（必填）')
    await expect.poll(problems).toEqual([
      ['整表', '—', '警告', '未找到「场所类别」列：新登记的单位都归入「其他」，导入后可逐条改正'],
      ['整表', '—', '警告', '未找到「隐患类别」列：隐患都归入「其他」，导入后可逐条改正'],
      ['整表', '—', '警告', '未找到「整改要求」列：导入的隐患整改要求为空，下发整改通知书前须逐条补填'],
      ['整表', '—', '警告', '未找到「隐患等级」列：都按「一般隐患」导入'],
      ['整表', '—', '警告', '未找到「发现方式」列：都按「日常检查」导入'],
      ['整表', '—', '警告', '表中没有这些列，新登记的记录中为空：依据、检查人员'],
      ['第7行', 'B 单位名称', '错误', '未填写单位名称'],
      ['第9行', 'J 整改情况', '警告', '整改情况为已整改，但未填销号日期或复查日期：按「待复查」导入，复查合格后再销号'],
    ])
    const problemRows = tableRows(page, 'import-problems')
    expect(await problemRows.nth(6).locator('.level-error').evaluate(colorOf)).toBe('rgb(208, 48, 80)')
    expect(await problemRows.nth(7).locator('.level-warning').evaluate(colorOf)).toBe('rgb(208, 122, 0)')
    expect(await columnTexts(page, 'import-columns', 'mappedBy').then((m) => m[7])).toBe('手动指定')
    expect((await byTest(page, 'import-counts').innerText()).split(/\s*\n\s*/)).toEqual(['新建 4 行', '错误 1 行', '警告 7 处'])
    expect(await byTest(page, 'import-summary').innerText()).toContain('单位：新建 2 个，匹配已登记的 1 个')
    expect(await columnTexts(page, 'import-rows', 'summary')).toEqual([
      '2024年3月5日发现 · 已销号，2024年3月18日销号',
      '2024年4月2日发现 · 整改中',
      '',
      '2024年5月6日发现 · 已登记',
      '2024年5月8日发现 · 待复查',
    ])
    expect(await byTest(page, 'import-blocked').innerText()).toBe('有 1 行存在错误：请修改表格后重新选择文件，或勾选“跳过有错误的行”')
    expect(await byTest(page, 'import-commit').isDisabled()).toBe(true)
    await screenshotWhole(page, 'import-preview.png')

    // Previewing, however often, writes nothing.
    expect((await harness.app.call('cases/list', {})).total).toBe(0)
    expect((await harness.app.call('subjects/list', {})).total).toBe(20)

    await byTest(page, 'import-skip-invalid').click()
    await expect.poll(() => byTest(page, 'import-commit').isDisabled()).toBe(false)
    await byTest(page, 'import-commit').click()
    await byTest(page, 'import-report').waitFor()
    expect(await byTest(page, 'import-report-facts').innerText()).toBe(
      ['新建单位 2 个、隐患 4 条', '匹配已登记的单位 1 个', '跳过 1 行（原因见下表）'].join('\n'),
    )
    expect(await tableRows(page, 'import-skipped').allInnerTexts()).toEqual(['第7行\t未填写单位名称'])
    await screenshotWhole(page, 'import-report.png')
    expect((await harness.app.call('cases/list', {})).total).toBe(4)

    await page.getByRole('button', { name: '查看监管对象' }).click()
    await byTest(page, 'filter-text').locator('input').fill('前街路18号')
    await expect.poll(() => columnTexts(page, 'subjects-table', 'name')).toEqual(['柳市镇永丰五金店'])
    await byTest(page, 'filter-text').locator('input').fill('聚福')
    await expect.poll(() => columnTexts(page, 'subjects-table', 'name')).toEqual(['象阳村聚福小吃店'])
    expect(await columnTexts(page, 'subjects-table', 'responsible')).toEqual(['叶聚福\n13906770022'])
  })

  it('explains in Chinese why a file cannot be read, and keeps the page usable', async () => {
    const { page, open } = ui()
    await open('/import')
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await byTest(page, 'import-file').setInputFiles({ name: '旧台账.xls', mimeType: 'application/vnd.ms-excel', buffer: xls })
    await expect.poll(() => byTest(page, 'import-failure').innerText()).toContain('暂不支持旧版 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入')
    expect(await byTest(page, 'import-preview').count()).toBe(0)

    await byTest(page, 'import-file').setInputFiles({ name: '柳市镇隐患台账.xlsx', mimeType: XLSX, buffer: await ledger() })
    await byTest(page, 'import-preview').waitFor()
    expect(await byTest(page, 'import-failure').count()).toBe(0)
    expect(await byTest(page, 'import-file-name').innerText()).toBe('柳市镇隐患台账.xlsx')
  })

  it('stops reading a big file when asked, and shows nothing of it', async () => {
    const { page, open } = ui()
    await open('/import')
    const big = await workbookOf((ws) => {
      ws.addRow(HEADER)
      for (let i = 1; i <= 20_000; i++) ws.addRow([i, `柳市镇第${i}号小店`, `柳市镇前街路${i}号`, '林永丰', '13857710011', '前街社区', '灭火器过期', '2024-3-5', '2024-3-20', '整改中', null])
    })
    await byTest(page, 'import-file').setInputFiles({ name: '全镇隐患台账.xlsx', mimeType: XLSX, buffer: big })
    const reading = byTest(page, 'import-reading')
    await reading.waitFor()
    expect(await reading.innerText()).toContain('正在读取「全镇隐患台账.xlsx」')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-reading.png'), animations: 'disabled' })
    await byTest(page, 'import-cancel').click()
    await reading.waitFor({ state: 'hidden' })
    await page.waitForTimeout(1500)
    expect(await byTest(page, 'import-preview').count()).toBe(0)
    expect(await byTest(page, 'import-failure').count()).toBe(0)
    expect(await byTest(page, 'import-file-name').innerText()).not.toContain('全镇隐患台账')
  })

  it('shows a big import being written with 取消, and a cancel writes none of it', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/import')
    await byTest(page, 'import-kind').locator('[data-kind=cases]').click()
    const big = await workbookOf((ws) => {
      ws.addRow(HEADER.map((h) => (h === '时间' ? '发现日期' : h)))
      for (let i = 1; i <= 3_000; i++) ws.addRow([i, `柳市镇第${i}号小店`, `柳市镇前街路${i}号`, '林永丰', '13857710011', '前街社区', '灭火器过期', '2024-3-5', '2024-3-20', '整改中', null])
    })
    await byTest(page, 'import-file').setInputFiles({ name: '全镇隐患台账.xlsx', mimeType: XLSX, buffer: big })
    await byTest(page, 'import-preview').waitFor({ timeout: 60_000 })
    await expect.poll(() => byTest(page, 'import-commit').isDisabled()).toBe(false)
    await byTest(page, 'import-commit').click()
    const writing = byTest(page, 'import-writing')
    await writing.waitFor()
    expect(await writing.innerText()).toContain('正在导入「全镇隐患台账.xlsx」')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-writing.png'), animations: 'disabled' })
    await byTest(page, 'import-commit-cancel').click()
    await expect.poll(() => page.locator('.n-message').last().innerText()).toBe('已取消，未作任何改动')
    await writing.waitFor({ state: 'hidden' })
    expect((await harness.app.call('cases/list', {})).total).toBe(0)
    expect((await harness.app.call('subjects/list', {})).total).toBe(20)
  })
})
