import type { FiredeskApp } from '../../../electron/core/app'
import type { CaseCreate, CaseStatus, CaseTransition } from '../../../electron/core/cases/schema'

/** Two areas, and a small shop and a factory in them (the testApp's today is 2024-03-05). */
export async function smallLedger(app: FiredeskApp) {
  const north = await app.call('areas/create', { name: '柳黄头村', sortOrder: 1 })
  const south = await app.call('areas/create', { name: '长江村', sortOrder: 2 })
  const shop = await app.call('subjects/create', {
    name: '好运来小吃店',
    kindId: 'sk01',
    areaId: north.id,
    address: '柳市镇柳黄头村柳青路88号',
    responsibleName: '郑建国',
  })
  const factory = await app.call('subjects/create', {
    name: '乐清市鑫达电气有限公司',
    kindId: 'sk06',
    areaId: south.id,
    address: '柳市镇长江村兴业路12号',
    managerName: '陈晓东',
  })
  return { north, south, shop, factory }
}

export const hazard = (over: Partial<CaseCreate> & { subjectId: string }): CaseCreate => ({
  foundDate: '2024-03-01',
  source: 'routine',
  inspectors: '王志强、林海燕',
  categoryId: 'cc01',
  severity: 'general',
  description: '厨房使用瓶装液化石油气未安装可燃气体报警装置',
  requirement: '安装可燃气体报警装置并规范使用燃气',
  deadline: '2024-03-10',
  ...over,
})

/** The steps that take a new case to each status. */
type PlainAction = Extract<CaseTransition['action'], 'notice' | 'startRectify' | 'requestRecheck' | 'recheckPassed' | 'close'>
const path: Record<Exclude<CaseStatus, 'registered'>, (PlainAction | 'void')[]> = {
  noticed: ['notice'],
  rectifying: ['notice', 'startRectify'],
  awaiting_recheck: ['notice', 'startRectify', 'requestRecheck'],
  recheck_passed: ['notice', 'startRectify', 'requestRecheck', 'recheckPassed'],
  closed: ['notice', 'startRectify', 'requestRecheck', 'recheckPassed', 'close'],
  voided: ['void'],
}

/** Registers a case and moves it to `status` through the handlers. */
export async function caseIn(app: FiredeskApp, status: CaseStatus, over: Partial<CaseCreate> & { subjectId: string }) {
  const c = await app.call('cases/create', hazard(over))
  if (status === 'registered') return c
  let last = c
  for (const action of path[status]) {
    last =
      action === 'void'
        ? await app.call('cases/transition', { id: c.id, action, reason: '录入错误' })
        : await app.call('cases/transition', { id: c.id, action })
  }
  return last
}

export const auditRows = (app: FiredeskApp, entityId: string) =>
  app.ctx.db.prepare('SELECT action, operator, data FROM audit_log WHERE entity_id = ? ORDER BY seq').all(entityId) as {
    action: string
    operator: string
    data: string
  }[]
