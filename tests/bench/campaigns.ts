import { openApp, type FiredeskApp } from '../../electron/core/app'
import { fixedClock } from '../../electron/core/clock'
import { addDays } from '../../electron/core/dates'
import * as campaigns from '../../electron/core/campaigns/repo'
import * as tasks from '../../electron/core/tasks/repo'
import { sampleTaskList } from '../fixtures/tasks/docx-builder'
import { measure, type BenchResult } from './measure'

const TODAY = '2024-06-15'
const DEPARTMENTS = ['政法办（消防）', '公安分局（派出所）', '住建分局', '综合行政执法中队', '市场监管分局', '安监分局', '经发办', '柳市学区']

/** 100 campaigns of 60 tasks each, 20 departments and 30 villages; deadlines around today, a third of the work reported done. */
async function seeded(): Promise<FiredeskApp> {
  const app = openApp({ dataDir: null, clock: fixedClock(`${TODAY}T02:00:00.000Z`), logError: () => {} })
  for (let v = 1; v <= 30; v++) await app.call('areas/create', { name: `第${v}村`, sortOrder: v })
  const units: string[] = []
  for (let d = 1; d <= 20; d++) units.push((await app.call('responsibleUnits/create', { name: `部门${d}` })).id)
  const db = app.ctx.db
  const at = `${TODAY}T02:00:00.000Z`
  db.transaction(() => {
    let n = 0
    for (let c = 0; c < 100; c++) {
      const cid = `c${c}`
      campaigns.insert(db, cid, { name: `专项行动${c}`, noticeNumber: '', noticeTitle: '', year: 2024, startDate: '2024-01-01', endDate: null, endText: '', notes: '' }, at, 'bench')
      campaigns.addUnits(db, cid, units, { at, by: 'bench', newId: app.ctx.newId })
      for (let s = 1; s <= 60; s++) {
        const id = `t${n++}`
        const lead = units[(c + s) % units.length]!
        const helper = units[(c + s + 7) % units.length]!
        const group = s % 6 === 0 ? [{ role: 'helper' as const, name: '各村（社区）', unitId: null, group: 'villages' as const }] : []
        tasks.insertTask(
          db,
          {
            id,
            campaignId: cid,
            seq: s,
            title: '',
            content: `第${s}项任务`,
            dueText: '',
            deadline: s % 10 === 0 ? null : addDays('2024-04-01', (c * 7 + s * 3) % 150),
            recurring: s % 10 === 0 ? 'monthly:26' : null,
            importBatchId: null,
            units: [{ role: 'lead', name: '部门', unitId: lead, group: null }, { role: 'helper', name: '部门', unitId: helper, group: null }, ...group],
          },
          at,
          'bench',
        )
        if (s % 3 === 0) tasks.addProgress(db, { id: `p${id}`, taskId: id, unitId: lead, periodKey: s % 10 === 0 ? TODAY.slice(0, 7) : '', status: 'done', note: '已完成', fileId: null, date: TODAY }, at, 'bench')
      }
    }
  })()
  return app
}

export async function bench(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  const app = openApp({ dataDir: null, logError: () => {} })
  for (const name of DEPARTMENTS) await app.call('responsibleUnits/create', { name })
  const dataBase64 = sampleTaskList(60).toString('base64')
  results.push(await measure('import tasks (60-row .docx, preview)', 300, () => app.call('tasks/importPreview', { fileName: '任务清单.docx', dataBase64, campaignName: '冬春', year: 2021 })))
  app.close()

  const big = await seeded()
  const counts = await big.call('tasks/dashboard', {})
  if (counts.overdue === 0 || counts.dueSoon === 0) throw new Error('the bench data has no overdue or due tasks')
  results.push(await measure('task dashboard counts over 100 campaigns × 60 tasks', 10, () => big.call('tasks/dashboard', {})))
  big.close()
  return results
}
