import { describe, expect, it } from 'vitest'
import { sampleTaskList } from '../fixtures/tasks/docx-builder'
import { registerCase } from './cases-helpers'
import { look, SCREENS, squeezed } from './fit-probe'
import { useUi } from './support'

const ui = useUi()

/** Every page of the menu that lists records, and the case page (the widest detail). */
const PAGES = [
  '/',
  '/cases',
  '/escalation',
  '/interviews',
  '/supervisions',
  '/circulars',
  '/campaigns',
  '/responsible-units',
  '/subjects',
  '/inspections',
  '/revisits',
  '/inspectors',
  '/areas',
  '/documents',
  '/drafts',
  '/incidents',
  '/audit',
  '/settings/backup',
] as const

async function demoOffice(harness: ReturnType<ReturnType<typeof useUi>>['harness']) {
  await harness.app.call('settings/update', { operatorName: '王晓东' })
  await harness.app.call('demo/load', { subjects: 120, cases: 400 })
  return (await harness.app.call('cases/list', { overdue: true, pageSize: 2 })).rows
}

describe('small screens', () => {
  it('cuts off no table and no page at 1366×768 and 1280×720', { timeout: 240_000 }, async () => {
    const { page, harness, open } = ui()
    const rows = await demoOffice(harness)
    const problems: string[] = []
    for (const screen of SCREENS) {
      await page.setViewportSize(screen)
      for (const route of [...PAGES, `/cases/${rows[0]?.id ?? ''}`]) {
        await open(route)
        problems.push(...(await look(page, screen, route)))
      }
    }
    expect(problems).toEqual([])
  })

  it('fits the detail pages, form pages and drawers: labels whole, long text cut with a tooltip', { timeout: 240_000 }, async () => {
    const { page, harness, open } = ui()
    const [first, second] = await demoOffice(harness)
    if (!first || !second) throw new Error('the demo has no two overdue hazards')
    const app = harness.app
    const interview = await app.call('interviews/create', { ...(await app.call('interviews/draft', { caseIds: [first.id] })).plan, interviewers: '镇消安委办 王晓东' })
    const supervisionPlan = (await app.call('supervisions/draft', { caseId: first.id })).plan
    const supervision = await app.call('supervisions/create', { ...supervisionPlan, leadDepartment: '镇应急管理办公室', responsiblePerson: '陈晓东', duty: '法定代表人陈晓东负总责', funding: '企业自筹' })
    const today = app.ctx.clock.today()
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控专项行动', year: Number(today.slice(0, 4)), startDate: `${today.slice(0, 4)}-01-01` })
    const list = { fileName: '任务清单.docx', dataBase64: sampleTaskList(6).toString('base64'), campaignId: campaign.id }
    const { unmapped } = await app.call('tasks/importPreview', list)
    await app.call('tasks/importCommit', { ...list, unitMap: Object.fromEntries(unmapped.map((name) => [name, 'new'])) })
    const routes = [
      `/subjects/${first.subjectId}/dossier`,
      `/interviews/${interview.id}`,
      `/supervisions/${supervision.id}`,
      `/campaigns/${campaign.id}`,
      `/interviews/new?caseIds=${second.id}`,
      `/supervisions/new?caseId=${second.id}`,
      '/setup',
      '/settings',
      '/documents/settings',
    ]
    const drawers: [string, string][] = [
      ['/cases', 'case-add'],
      ['/cases', 'inspection-add'],
      ['/subjects', 'subject-add'],
      ['/campaigns', 'campaign-add'],
      ['/responsible-units', 'unit-add'],
      ['/incidents', 'incident-add'],
    ]
    const problems: string[] = []
    for (const screen of SCREENS) {
      await page.setViewportSize(screen)
      for (const route of routes) {
        await open(route)
        problems.push(...(await look(page, screen, route)))
      }
      for (const [route, button] of drawers) {
        await open(route)
        await page.locator(`[data-test="${button}"]`).click()
        await page.locator('.n-drawer').waitFor()
        problems.push(...(await look(page, screen, `${route}-${button}`)))
        await page.locator('.n-drawer [data-test="form-cancel"]').click()
        await page.locator('.n-drawer').waitFor({ state: 'detached' })
      }
    }
    expect(problems).toEqual([])
  })

  it('cuts a long hazard description to two lines in the ledger and shows it whole on hover', async () => {
    const { page, harness, open } = ui()
    const area = await harness.app.call('areas/create', { name: '长江村' })
    await harness.app.call('subjects/create', { name: '长江村充电棚', kindId: 'sk01', areaId: area.id })
    const long = '车间内私拉乱接电线，电线敷设未穿管保护，配电箱周边堆放纸箱等可燃物，疏散通道被货物占用，安全出口上锁，应急照明灯和疏散指示标志损坏未及时维修，灭火器压力不足且未定期检查'
    await registerCase(harness.app, '长江村充电棚', { description: long })
    await page.setViewportSize(SCREENS[0])
    await open('/cases')
    const row = page.locator('[data-test=cases-table] tbody tr').first()
    await row.waitFor()
    expect(await squeezed(page)).toEqual([])
    expect((await row.boundingBox())?.height).toBeLessThan(96)
    await row.locator('td[data-col-key="description"] .n-ellipsis').first().hover()
    await expect.poll(() => page.locator('.n-popover').last().innerText()).toBe(long)
  })
})
