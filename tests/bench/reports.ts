import { openApp } from '../../electron/core/app'
import { monthStart } from '../../electron/core/dates'
import { quarterOf } from '../../electron/core/reports/period'
import { demoLedgerDir } from './demo-ledger'
import { printRatio, recordSql, replayer } from './floor'
import { measure, type BenchResult } from './measure'

/**
 * The quarterly summary on the demo ledger of 100 000 cases: every figure of the last finished
 * quarter (the budget), a whole year, one page of the cases behind a number, and the two
 * files.
 */
export async function bench(): Promise<BenchResult[]> {
  const app = openApp({ dataDir: demoLedgerDir() })
  const today = app.ctx.clock.today()
  const quarter = quarterOf(monthStart(today, -3))
  const year = String(Number(today.slice(0, 4)) - 1)
  const s = await app.call('reports/summary', { quarter })
  console.log(
    `${s.period.label}: found ${s.current.found.count}, closed ${s.current.closed.count}, rate ${s.current.rate.percent}%, open at end ${s.current.openAtEnd.count}, overdue at end ${s.current.overdueAtEnd.count}`,
  )
  const yearArgs = { from: `${year}-01-01`, to: `${year}-12-31` }
  const quarterFigure = await measure(`reports/summary, a quarter (${quarter})`, 50, () => app.invoke('reports/summary', { quarter }))
  const yearFigure = await measure(`reports/summary, a year (${year})`, 100, () => app.invoke('reports/summary', yearArgs), 10)
  // the floors: the SQL each summary ran, replayed directly (a fresh connection records every statement)
  for (const [figure, args, runs] of [
    [quarterFigure, { quarter }, 30],
    [yearFigure, yearArgs, 10],
  ] as const) {
    const fresh = openApp({ dataDir: demoLedgerDir() })
    const replay = replayer(app.ctx.db, await recordSql(fresh.ctx.db, () => fresh.invoke('reports/summary', args)))
    fresh.close()
    printRatio(figure, 'plain SQL of the same figures', await measure('the same SQL with better-sqlite3', figure.budgetMs, replay, runs))
  }
  const results = [
    quarterFigure,
    yearFigure,
    await measure('reports/records, overdue at the quarter end, page 3', 100, () => app.invoke('reports/records', { quarter, figure: 'overdueAtEnd', page: 3 })),
    await measure('reports/exportDocx, a quarter', 1500, () => app.invoke('reports/exportDocx', { quarter }), 5),
    await measure('reports/exportXlsx, a quarter with its cases', 15_000, () => app.invoke('reports/exportXlsx', { quarter }), 3),
  ]
  app.close()
  return results
}
