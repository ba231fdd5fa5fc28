import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { auditActions, auditEntities } from '../../../electron/core/auditlog/codes'
import { caseActions } from '../../../electron/core/cases/schema'
import { letterRungs } from '../../../electron/core/escalation/schema'
import { actionLabel, entityLabel, readableOf } from '../../../electron/shared/audit-words'
import { seedCampaign } from '../reporting/fixture'
import { testApp } from '../helpers'

const CORE = join(__dirname, '../../../electron/core')
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))

/** The quoted codes of every audit(ctx, { action: …, entity: … }) the core writes, ternaries included. */
function writtenCodes(key: 'action' | 'entity'): Set<string> {
  const codes = new Set<string>()
  for (const file of sources(CORE)) {
    for (const call of readFileSync(file, 'utf8').matchAll(/\baudit\(ctx, \{([\s\S]*?)\}\s*\)/g)) {
      const expr = new RegExp(`\\b${key}: ([^,\\n]+)`).exec(call[1] ?? '')?.[1] ?? ''
      for (const quoted of expr.matchAll(/'([^']+)'/g)) codes.add(quoted[1] ?? '')
    }
  }
  return codes
}

const CHINESE = /^[\u4e00-\u9fff（）()、]+$/
const apps: ReturnType<typeof testApp>[] = []
afterEach(() => apps.splice(0).forEach((a) => a.close()))

describe('操作日志 speaks Chinese', () => {
  it('names every action and every kind of record the core writes', () => {
    const actions = [...auditActions, ...caseActions, ...letterRungs, ...writtenCodes('action')]
    const entities = [...auditEntities, ...writtenCodes('entity')]
    expect(writtenCodes('action').size).toBeGreaterThan(30)
    expect(actions.filter((c) => !CHINESE.test(actionLabel(c)))).toEqual([])
    expect(entities.filter((c) => !CHINESE.test(entityLabel(c)))).toEqual([])
  })

  it('says in 内容 what a 报送 was: the item, its period and who sent it', async () => {
    const app = testApp('2024-03-14T02:00:00.000Z')
    apps.push(app)
    const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-04-30' })
    const rhythm = await app.call('reporting/createRhythm', { campaignId: seed.campaignId, name: '每周工作推进情况表', rhythm: 'weekly:4', startDate: '2024-02-02', remindDays: 1, graceDays: 2, ownerGroup: 'villages' })
    await app.call('reporting/record', { rhythmId: rhythm.id, unitId: seed.villages[0] ?? '', periodKey: '2024-W10', receivedDate: '2024-03-07' })
    const [entry] = (await app.call('audit/list', { entity: 'report_submission' })).rows
    expect(entityLabel(entry?.entity ?? '')).toBe('报送')
    expect(readableOf(entry?.data)).toMatch(/^每周工作推进情况表（.+）　长江村$/)
  })
})
