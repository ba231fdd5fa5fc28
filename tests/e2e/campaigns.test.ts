import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../electron/core/dates'
import { buildDocx, type BuiltRow } from '../fixtures/tasks/docx-builder'
import { fillDate } from './cases-helpers'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, pick, tableRows } from './ui'

const ui = useUi()
/** The import and the saves wait on the core; a busy machine takes seconds. */
const SLOW = { timeout: 15_000 }
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A list as a notice's 附件 holds it: one unit not yet registered (住建分局), one 时限 that is an event. */
const HEADER: BuiltRow = { header: true, cells: ['序号', '工作内容', '责任单位', '时限'] }
const list = buildDocx(
  ['附件', '2020年度冬春火灾防控工作任务清单'],
  [
    [
      HEADER,
      { cells: ['1', '“通天房”式居住出租房隐患整治见底清零。', '政法办（消防）、公安分局（派出所）', '12月底前'] },
      { cells: ['2', '完成消防车通道划线、标名、立牌。', '住建分局、政法办（消防）', '2021年3月31日前'] },
      { cells: ['3', '对重大火灾隐患督促制定整改方案。', '政法办（消防）', '冬防结束前'] },
    ],
  ],
)

describe('专项行动 pages', () => {
  it('creates a campaign, imports its task list, marks a task done with evidence and strikes it off', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('responsibleUnits/create', { name: '政法办（消防）', contactName: '徐培宇', contactPhone: '0577-62730119' })
    await harness.app.call('responsibleUnits/create', { name: '公安分局（派出所）' })

    await open('/campaigns')
    await byTest(page, 'campaign-add').click()
    await byTest(page, 'campaign-name').locator('input').fill('2020年度冬春火灾防控')
    await byTest(page, 'campaign-number').locator('input').fill('柳政发〔2020〕36号')
    await byTest(page, 'campaign-year').locator('input').fill('2020')
    await fillDate(page, byTest(page, 'campaign-start'), '2020-11-20')
    await byTest(page, 'campaign-save').click()
    await expect.poll(() => byTest(page, 'campaign-title').innerText(), SLOW).toBe('2020年度冬春火灾防控')

    await byTest(page, 'campaign-import-list').click()
    await byTest(page, 'import-file').setInputFiles({ name: '任务清单.docx', mimeType: DOCX, buffer: list })
    await tableRows(page, 'import-tasks').first().waitFor({ timeout: 15_000 })
    expect(await tableRows(page, 'import-tasks').count()).toBe(3)
    const problems = async () => (await tableRows(page, 'import-problems').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()).join(' '))
    expect(await problems()).toEqual([
      '3 责任单位 提醒 「住建分局」不是已登记的责任单位，请对应到已登记单位或新增',
      '4 时限 提醒 时限「冬防结束前」无法换算为日期，请填写具体日期',
    ])
    await expect.poll(() => byTest(page, 'import-commit').isDisabled(), SLOW).toBe(true)
    await pick(page, byTest(page, 'import-unit-map'), '新增为责任单位')
    await expect.poll(() => byTest(page, 'import-commit').isDisabled(), SLOW).toBe(false)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'campaign-import-preview.png') })
    await byTest(page, 'import-commit').click()

    await expect.poll(() => tableRows(page, 'tasks-table').count(), SLOW).toBe(3)
    expect(await byTest(page, 'task-state').allInnerTexts()).toEqual(['逾期', '逾期', '推进中'])
    expect((await harness.app.call('responsibleUnits/list', {})).map((u) => u.name)).toContain('住建分局')

    // The first task: 政法办 reports it done with a photo, then 公安分局 — then the office strikes it off.
    await byTest(page, 'task-report').first().click()
    await byTest(page, 'progress-note').locator('textarea').fill('已整治出租房12处，全部见底清零')
    await byTest(page, 'progress-file').setInputFiles({ name: '整改照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) })
    await byTest(page, 'progress-save').click()
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe('已记录「政法办(消防)」的进展')
    await byTest(page, 'task-report').first().click()
    await byTest(page, 'progress-note').locator('textarea').fill('已配合完成')
    await byTest(page, 'progress-save').click()
    await expect.poll(() => byTest(page, 'task-state').first().innerText(), SLOW).toBe('待销号')

    await tableRows(page, 'tasks-table').first().locator('.n-data-table-expand-trigger').click()
    const unitRows = await tableRows(page, 'progress-table').allInnerTexts()
    expect(unitRows[0]).toContain('已整治出租房12处')
    expect(unitRows[0]).toContain('整改照片.jpg')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'campaign-tasks.png') })

    await byTest(page, 'task-close').click()
    await byTest(page, 'close-note').locator('textarea').fill('经复核已完成')
    await byTest(page, 'task-drawer-save').click()
    await expect.poll(() => byTest(page, 'task-state').first().innerText(), SLOW).toBe('已销号')
    const stored = await harness.app.call('tasks/list', { campaignId: (await harness.app.call('campaigns/list', {}))[0]!.id })
    expect(stored[0]).toMatchObject({ state: 'closed', closeNote: '经复核已完成' })
    expect(stored[0]?.progress[0]).toMatchObject({ status: 'done', fileName: '整改照片.jpg' })
  })

  it('lists an overdue task nobody owes as 未指定责任单位 and names the campaign’s units from there', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    const zf = await app.call('responsibleUnits/create', { name: '政法办' })
    const late = addDays(new Date().toLocaleDateString('sv'), -10)
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(late.slice(0, 4)), startDate: addDays(late, -30) })
    const doc = buildDocx(['任务清单'], [[
      { header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] },
      { cells: ['1', '开展消防宣传进企业活动。', '各有关单位', `${late.slice(0, 4)}年${Number(late.slice(5, 7))}月${Number(late.slice(8, 10))}日前`] },
    ]])
    await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })

    await open(`/campaigns/${campaign.id}`)
    await expect.poll(() => byTest(page, 'campaign-figures').locator('.n-statistic').nth(1).innerText(), SLOW).toMatch(/^逾期\s+1$/)
    expect(await tableRows(page, 'tasks-table').allInnerTexts()).toEqual([expect.stringMatching(/逾期\s+未指定责任单位/)])
    await page.locator('.n-tabs-tab', { hasText: '逾期单位' }).click()
    await expect.poll(() => tableRows(page, 'lagging-table').allInnerTexts(), SLOW).toEqual([expect.stringMatching(/未指定责任单位[\s\S]*第1项 开展消防宣传进企业活动。（逾期10天）/)])
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'campaign-lagging-unowned.png') })

    await byTest(page, 'lagging-name-units').click()
    await byTest(page, 'campaign-units').click()
    await page.locator('.n-base-select-menu .n-base-select-option', { hasText: '政法办' }).click()
    await page.keyboard.press('Escape')
    await byTest(page, 'campaign-save').click()
    await expect.poll(() => tableRows(page, 'lagging-table').allInnerTexts(), SLOW).toEqual([expect.stringContaining('政法办')])
    expect((await app.call('campaigns/get', { id: campaign.id })).units.map((u) => u.id)).toEqual([zf.id])
  })
})
