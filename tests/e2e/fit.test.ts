import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { sampleTaskList } from '../fixtures/tasks/docx-builder'
import { registerCase } from './cases-helpers'
import { SCREENSHOT_DIR, useUi } from './support'

const ui = useUi()

/** The small screens offices still have: a 14-inch laptop and an old projector or monitor. */
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const

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

interface Box {
  left: number
  right: number
}
interface Probe {
  innerWidth: number
  document: { querySelectorAll(selector: string): ArrayLike<ProbeElement> }
}
interface ProbeElement {
  getBoundingClientRect(): Box & { width: number; height: number }
  getClientRects(): ArrayLike<unknown>
  querySelectorAll(selector: string): ArrayLike<ProbeElement>
  closest(selector: string): ProbeElement | null
  getAttribute(name: string): string | null
  scrollWidth: number
  clientWidth: number
  scrollHeight: number
  clientHeight: number
  textContent: string | null
}

/**
 * What does not fit: for every table shown, its last header cell must end inside the table's own
 * box and inside the window (a scrolling table keeps it there by fixing the action column to the
 * right); and the page itself must not be wider than its pane.
 */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as Probe
    const found: string[] = []
    for (const table of Array.from(w.document.querySelectorAll('.n-data-table'))) {
      const box = table.getBoundingClientRect()
      if (box.width === 0) continue
      const heads = Array.from(table.querySelectorAll('thead th'))
      const last = heads[heads.length - 1]
      if (!last) continue
      const cell = last.getBoundingClientRect()
      const edge = Math.min(box.right, w.innerWidth)
      if (cell.right > edge + 1) found.push(`${table.getAttribute('data-test') ?? 'table'}「${(last.textContent ?? '').trim()}」 ends at ${Math.round(cell.right)} > ${Math.round(edge)}`)
    }
    for (const pane of Array.from(w.document.querySelectorAll('.content > .n-layout-scroll-container, .n-drawer-body-content-wrapper'))) {
      if (pane.scrollWidth > pane.clientWidth + 1) found.push(`the page is ${pane.scrollWidth} wide in a pane of ${pane.clientWidth}`)
    }
    return found
  })
}

/**
 * Text that does not fit: a form label that wraps or overflows its box (squeezed by the field
 * beside it); a table row taller than three lines (long text not cut to a line or two); text cut
 * short inside a cell with no tooltip (naive's ellipsis) or title to read it whole.
 */
async function squeezed(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as Probe
    const found: string[] = []
    const text = (e: ProbeElement) => (e.textContent ?? '').trim().slice(0, 20)
    for (const label of Array.from(w.document.querySelectorAll('.n-form-item-label__text'))) {
      const box = label.closest('.n-form-item-label')
      if (!box || box.getBoundingClientRect().width === 0) continue
      if (label.getClientRects().length > 1) found.push(`label「${text(label)}」 wraps`)
      else if (box.scrollWidth > box.clientWidth + 1) found.push(`label「${text(label)}」 is cut`)
    }
    for (const row of Array.from(w.document.querySelectorAll('.n-data-table-tbody .n-data-table-tr'))) {
      const height = row.getBoundingClientRect().height
      if (height > 96) found.push(`row「${text(row)}」 is ${Math.round(height)} px tall`)
    }
    for (const cell of Array.from(w.document.querySelectorAll('.n-data-table-tbody .n-data-table-td'))) {
      for (const inner of [cell, ...Array.from(cell.querySelectorAll('div, span'))]) {
        // A clamped line loses a whole line of text; a few pixels over are buttons taller than their line.
        const cut = inner.scrollWidth > inner.clientWidth + 1 || inner.scrollHeight > inner.clientHeight + 6
        if (cut && inner.clientWidth > 0 && !inner.closest('.n-ellipsis, [title], .n-data-table-td--fixed-right, .n-tag, .n-button')) found.push(`cell「${text(inner)}」 is cut with no tooltip (${inner.scrollWidth}×${inner.scrollHeight} in ${inner.clientWidth}×${inner.clientHeight})`)
      }
    }
    return [...new Set(found)]
  })
}

/** What a user sees once the page has settled: its problems at this size, and a screenshot. */
async function look(page: Page, screen: (typeof SCREENS)[number], name: string): Promise<string[]> {
  await expect.poll(() => page.locator('.n-data-table-loading-wrapper, .n-spin-body').count(), { timeout: 15_000 }).toBe(0)
  // Lists arrive after the first paint; tables take their widths once their rows are in.
  await page.waitForTimeout(400)
  const at = `${screen.width}×${screen.height} ${name}`
  const problems = [...(await clipped(page)), ...(await squeezed(page))].map((p) => `${at}: ${p}`)
  await page.screenshot({ path: join(SCREENSHOT_DIR, `fit-${screen.width}-${name.replace(/[0-9A-Z]{26}/g, 'x').replace(/[/?=,]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'dashboard'}.png`), animations: 'disabled' })
  return problems
}

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
    await row.locator('.n-ellipsis').first().hover()
    await expect.poll(() => page.locator('.n-popover').last().innerText()).toBe(long)
  })
})
