import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../electron/core/app'
import { addDays, registerCase, todayOf } from './cases-helpers'
import { look, SCREENS } from './fit-probe'
import { useUi } from './support'
import { byTest } from './ui'

const ui = useUi()

/** What offices really type: a unit named in full, and descriptions of several hundred characters. */
const UNIT = '乐清市柳市镇柳黄头村鑫达电气设备制造有限公司第二生产车间及员工集体宿舍（含配套仓库）'
const long = (opening: string): string =>
  `${opening}${'车间内私拉乱接电线，电线敷设未穿管保护，配电箱周边堆放纸箱等可燃物，疏散通道被货物占用，安全出口上锁，应急照明灯和疏散指示标志损坏未及时维修，灭火器压力不足且未定期检查；'.repeat(4)}`

/** One unit with long texts everywhere: three overdue hazards (one noticed, one awaiting its recheck, one untouched), a notice, an interview with a commitment, a supervision. */
async function longTexts(app: FiredeskApp) {
  const area = await app.call('areas/create', { name: '柳黄头村' })
  const subject = await app.call('subjects/create', { name: UNIT, kindId: 'sk06', areaId: area.id, address: `柳市镇柳黄头村兴业路12号${UNIT}`, responsibleName: '陈晓东', notes: long('备注：') })
  const today = todayOf(app)
  const hazard = { foundDate: addDays(today, -40), deadline: addDays(today, -10), description: long('隐患：'), requirement: long('整改要求：'), legalBasis: long('依据：').slice(0, 280) }
  const noticed = await registerCase(app, UNIT, hazard)
  const draft = await app.call('documents/draft', { kind: 'rectification_notice', caseId: noticed.id })
  await app.call('documents/issue', { kind: 'rectification_notice', caseId: noticed.id, data: draft.data })
  await registerCase(app, UNIT, hazard) // overdue with no step taken: 升级处理 proposes its 预警
  const recheck = await registerCase(app, UNIT, { ...hazard, severity: 'major' })
  for (const action of ['notice', 'startRectify', 'requestRecheck'] as const) await app.call('cases/transition', { id: recheck.id, action })
  const plan = (await app.call('interviews/draft', { caseIds: [noticed.id] })).plan
  const interview = await app.call('interviews/create', { ...plan, reason: long('约谈事由：'), interviewers: '镇消安委办 王晓东' })
  const held = `${addDays(today, -1)}T09:00`
  const exchanges = [{ question: long('问：'), answer: long('答：') }]
  await app.call('interviews/recordMinutes', { id: interview.id, startedAt: held, endedAt: held.replace('09:00', '09:40'), recorder: '李明', exchanges, commitments: [{ content: long('承诺：').slice(0, 480), deadline: addDays(today, 10) }] })
  const supervisionPlan = (await app.call('supervisions/draft', { caseId: recheck.id })).plan
  const supervision = await app.call('supervisions/create', { ...supervisionPlan, leadDepartment: '镇应急管理办公室', responsiblePerson: '陈晓东', duty: long('五落实：'), funding: '企业自筹' })
  return { subject, noticed, recheck, interview, supervision }
}

/** A surface opened over a page: how to open it, what it is, how to leave it. */
interface Surface {
  route: string
  name: string
  open: (page: Page) => Promise<void>
  shown: (page: Page) => Locator
  close: (page: Page) => Promise<void>
}

const cancel = (page: Page) => page.locator('.n-modal [data-test="form-cancel"], .n-drawer [data-test="form-cancel"]').last().click()
const dialog = (page: Page) => page.locator('.n-modal').last()
const drawer = (page: Page) => page.locator('.n-drawer').last()

/** Each step of a case's lifecycle on its page, as offered for the case's status (下发整改通知 opens the issue drawer). */
async function caseSteps(page: Page, route: string): Promise<Surface[]> {
  await page.locator('[data-test="case-actions"] button').first().waitFor()
  const actions = await page.locator('[data-test="case-actions"] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action') ?? ''))
  return actions.map((action) => ({
    route,
    name: `step-${action}`,
    open: (p) => p.locator(`[data-test="case-actions"] [data-action="${action}"]`).click(),
    shown: action === 'notice' ? drawer : dialog,
    close: cancel,
  }))
}

describe('small screens: dialogs, drawers, the document viewer, long texts', () => {
  it('fits every dialog and the detail pages of a unit with long texts at 1366×768 and 1280×720', { timeout: 240_000 }, async () => {
    const { page, harness, open } = ui()
    const { subject, noticed, recheck, interview, supervision } = await longTexts(harness.app)
    const lists = ['/cases', '/subjects', '/escalation', '/interviews', '/supervisions', '/documents', '/inspections']
    const pages = [...lists, `/cases/${noticed.id}`, `/cases/${recheck.id}`, `/subjects/${subject.id}/dossier`, `/interviews/${interview.id}`, `/supervisions/${supervision.id}`]
    const fixed: Surface[] = [
      { route: `/cases/${noticed.id}`, name: 'issue-drawer', open: async (p) => (await byTest(p, 'issue-document').click(), await p.locator('.n-dropdown-option').first().click()), shown: drawer, close: cancel },
      { route: '/escalation', name: 'warning-letter', open: (p) => byTest(p, 'propose-warning').first().click(), shown: drawer, close: cancel },
      { route: '/documents', name: 'deliver', open: (p) => byTest(p, 'register-deliver').first().click(), shown: dialog, close: cancel },
      { route: '/documents', name: 'void', open: (p) => byTest(p, 'register-void').first().click(), shown: dialog, close: cancel },
      { route: '/documents', name: 'viewer', open: (p) => byTest(p, 'register-preview').first().click(), shown: dialog, close: (p) => p.keyboard.press('Escape') },
      { route: `/subjects/${subject.id}/dossier`, name: 'recolor', open: (p) => byTest(p, 'dossier-recolor').click(), shown: dialog, close: cancel },
      { route: '/areas', name: 'area-add', open: (p) => byTest(p, 'area-add').click(), shown: dialog, close: cancel },
      { route: `/interviews/${interview.id}`, name: 'commitment-close', open: (p) => byTest(p, 'commitment-close').first().click(), shown: dialog, close: cancel },
      { route: `/supervisions/${supervision.id}`, name: 'supervision-notice', open: (p) => byTest(p, 'issue-supervision-notice').click(), shown: drawer, close: cancel },
    ]
    const steps: Surface[] = []
    for (const c of [noticed, recheck]) {
      await open(`/cases/${c.id}`)
      steps.push(...(await caseSteps(page, `/cases/${c.id}`)))
    }
    const problems: string[] = []
    for (const screen of SCREENS) {
      await page.setViewportSize(screen)
      for (const route of pages) {
        await open(route)
        problems.push(...(await look(page, screen, `long${route}`)))
      }
      // A surface closes back onto its page: the page is opened again only for the next route.
      let at = ''
      for (const s of [...steps, ...fixed]) {
        if (s.route !== at) await open(s.route)
        at = s.route
        await s.open(page)
        await s.shown(page).waitFor()
        problems.push(...(await look(page, screen, `${s.route}-${s.name}`)))
        await s.close(page)
        await s.shown(page).waitFor({ state: 'detached' })
      }
    }
    expect(problems).toEqual([])
  })
})
