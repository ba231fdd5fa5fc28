import { openApp } from '../../electron/core/app'
import { addDays } from '../../electron/core/dates'
import { demoLedgerDir } from './demo-ledger'
import { printRatio, recordSql, replayer } from './floor'
import { measure, type BenchResult } from './measure'

/**
 * Hazard casework on the demo ledger of 20 000 subjects and 100 000 cases: the case list, the
 * dashboard, the search box, and opening (and migrating) the data folder, through the registry.
 */
export async function bench(): Promise<BenchResult[]> {
  const dir = demoLedgerDir()
  const opened = await measure('data folder opened and migrated (openApp + close)', 300, () => openApp({ dataDir: dir }).close(), 10)
  const app = openApp({ dataDir: dir })
  const newest = await app.call('dashboard/summary', {})
  console.log(`open ${newest.open.count}, overdue ${newest.overdue.count}, due within 7 days ${newest.dueWithin7.count}, open major ${newest.openMajor.count}`)
  const today = app.ctx.clock.today()
  const areas = (await app.call('areas/list', {})).map((a) => a.id)
  const area = (i: number) => areas[i % areas.length] ?? ''
  const categories = ['cc01', 'cc02', 'cc04', 'cc06', 'cc11']
  const words = ['灭火器', '疏散通道', '液化石油气', '电动自行车', '好运来', '柳青路', '鑫达', '消防', '阁楼']
  const results = [
    opened,
    await measure('cases/list status+area, sort by deadline, page 2', 15, (i) =>
      app.invoke('cases/list', { status: ['rectifying', 'awaiting_recheck'], areaId: area(i), sort: 'deadline', order: 'asc', page: 2 }),
    ),
    await measure('cases/list category+found since, sort by found date desc', 15, (i) =>
      app.invoke('cases/list', { categoryId: categories[i % categories.length], foundFrom: addDays(today, -180), sort: 'foundDate', order: 'desc' }),
    ),
    await measure('cases/list overdue+area, sort by deadline', 15, (i) =>
      app.invoke('cases/list', { overdue: true, areaId: area(i), sort: 'deadline', order: 'asc' }),
    ),
    await measure('cases/list subject kind+severity, sort by number, page 5', 15, () =>
      app.invoke('cases/list', { subjectKindId: 'sk06', severity: 'major', sort: 'number', page: 5 }),
    ),
    await measure('cases/list closed+text "灭火器", sort by found date', 15, () =>
      app.invoke('cases/list', { status: ['closed'], text: '灭火器', sort: 'foundDate', order: 'desc' }),
    ),
    await measure('cases/list text "好运来"+area, sort by deadline', 15, (i) =>
      app.invoke('cases/list', { text: '好运来', areaId: area(i), sort: 'deadline', order: 'asc' }),
    ),
    await measure('cases/list open+text "消防" (2 characters), sort by found date', 15, () =>
      app.invoke('cases/list', { status: ['registered', 'noticed', 'rectifying', 'awaiting_recheck', 'recheck_passed'], text: '消防' }),
    ),
    await measure('dashboard/summary', 50, () => app.invoke('dashboard/summary', {})),
    await measure('search/query (3+ characters, FTS5 trigram)', 30, (i) => app.invoke('search/query', { text: words[i % 7] ?? '消防' })),
    await measure('search/query (1–2 characters, LIKE fallback)', 10, (i) => app.invoke('search/query', { text: ['鑫达', '消防', '阁楼', '郑'][i % 4] ?? '消防' })),
  ]
  const list = results[1]
  if (list) {
    // the floor: the SQL cases/list ran for the same filter, replayed directly (a fresh connection records every statement)
    const args = { status: ['rectifying', 'awaiting_recheck'], areaId: area(0), sort: 'deadline', order: 'asc', page: 2 }
    const fresh = openApp({ dataDir: dir })
    const replay = replayer(app.ctx.db, await recordSql(fresh.ctx.db, () => fresh.invoke('cases/list', args)))
    fresh.close()
    const figure = await measure('cases/list status+area, sort by deadline, page 2 (one area)', 15, () => app.invoke('cases/list', args))
    const floor = await measure('the same SQL with better-sqlite3', 15, replay)
    printRatio(figure, 'plain SQL of the same query', floor)
    results.push(figure)
  }
  app.close()
  return results
}
