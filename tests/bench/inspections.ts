import { openApp } from '../../electron/core/app'
import { fixedClock } from '../../electron/core/clock'
import { monthStart } from '../../electron/core/dates'
import { generateDemo } from '../../electron/core/demo/generate'
import { quarterOf } from '../../electron/core/reports/period'
import { demoLedgerDir } from './demo-ledger'
import { measure, type BenchResult } from './measure'

const DOSSIER_CASES = 200

/**
 * Issue 11's budgets for field work: 检查率 of the last finished quarter over the 20 000 units of
 * the demo ledger (< 30 ms), and the dossier of a unit with 200 cases (< 50 ms), built in a
 * ledger of its own: 200 cases of one unit, each with a few steps on its timeline, among 2 000 others.
 */
export async function bench(): Promise<BenchResult[]> {
  const demo = openApp({ dataDir: demoLedgerDir() })
  const quarter = quarterOf(monthStart(demo.ctx.clock.today(), -3))
  const c = await demo.call('inspections/coverage', { quarter })
  console.log(`${quarter}: ${c.total.inspected} of ${c.total.registered} units inspected (${c.total.rate}%), ${c.inspections.count} inspections`)
  const coverage = await measure(`inspections/coverage, a quarter (${quarter}), 20 000 units`, 30, () => demo.invoke('inspections/coverage', { quarter }))
  demo.close()

  const app = openApp({ dataDir: null, clock: fixedClock('2024-12-20T02:00:00.000Z') })
  generateDemo(app.ctx, { subjects: 300, cases: 2000, seed: 3 })
  const unit = (app.ctx.db.prepare('SELECT id FROM subjects ORDER BY id LIMIT 1').get() as { id: string }).id
  const hazard = { categoryId: 'cc04', description: '灭火器压力不足', requirement: '更换灭火器', deadline: '2024-12-31' }
  for (let i = 0; i < DOSSIER_CASES; i++) {
    const date = `2024-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`
    const { cases } = await app.call('cases/createInspection', { subjectId: unit, date, source: 'routine', inspectors: '王志强', hazards: [{ ...hazard, deadline: '2024-12-31' }] })
    const id = cases[0]?.id ?? ''
    if (i % 2 === 0) for (const action of ['notice', 'startRectify', 'requestRecheck'] as const) await app.call('cases/transition', { id, action, date })
  }
  const d = await app.call('dossier/get', { subjectId: unit })
  console.log(`dossier: ${d.cases.length} cases, ${d.inspections.length} inspections, ${d.timeline.length} timeline lines`)
  const dossier = await measure(`dossier/get, a unit with ${d.cases.length} cases`, 50, () => app.invoke('dossier/get', { subjectId: unit }))
  const docx = await measure(`dossier/exportDocx, the same unit`, 500, () => app.invoke('dossier/exportDocx', { subjectId: unit }), 5)
  app.close()
  return [coverage, dossier, docx]
}
