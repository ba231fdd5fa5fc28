import { openApp } from '../../electron/core/app'
import { addDays } from '../../electron/core/dates'
import { demoLedgerDir } from './demo-ledger'
import { measure, type BenchResult } from './measure'

/**
 * Escalation on the demo ledger (issue 5): the ladder's proposals over every open case (< 200 ms),
 * the dashboard's escalation figures, one case's ladder, and a quarter's circular drafted from
 * the ledger, through the registry.
 */
export async function bench(): Promise<BenchResult[]> {
  const app = openApp({ dataDir: demoLedgerDir() })
  try {
    const first = await app.call('escalation/proposals', {})
    console.log(`proposals: ${first.total} for the open cases (${Object.entries(first.byRung).map(([r, n]) => `${r} ${n}`).join(', ')})`)
    const caseIds = first.rows.map((p) => p.caseId)
    const today = app.ctx.clock.today()
    return [
      await measure('escalation/proposals, all open cases (first page)', 200, () => app.invoke('escalation/proposals', {})),
      await measure('escalation/proposals, all open cases, one rung, page 3', 200, () => app.invoke('escalation/proposals', { rung: 'letter', page: 3 })),
      await measure('escalation/dashboard', 250, () => app.invoke('escalation/dashboard', {})),
      await measure('escalation/ladder of one case', 20, (i) => app.invoke('escalation/ladder', { caseId: caseIds[i % caseIds.length] ?? '' })),
      await measure('circulars/draft for the last 91 days', 100, () => app.invoke('circulars/draft', { from: addDays(today, -91), to: addDays(today, -1) }), 10),
    ]
  } finally {
    app.close()
  }
}
