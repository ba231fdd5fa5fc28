import { afterEach, describe, expect, it } from 'vitest'
import { campaignSentences } from '../../../electron/core/reports/campaigns'
import { testApp } from '../helpers'
import { seedCampaign } from './fixture'

/*
 * The campaign figures of the quarterly summary against a recomputation that shares no code with
 * the core: Thursdays are walked with Date, tasks read as raw rows and judged in plain loops.
 */

const NOW = '2024-04-20T02:00:00.000Z'
let app: ReturnType<typeof testApp>
afterEach(() => app.close())

const iso = (d: Date) => d.toISOString().slice(0, 10)
const plus = (s: string, n: number) => iso(new Date(Date.parse(`${s}T00:00:00Z`) + n * 86_400_000))

/** Thursdays from `from` to `to`, each with its cut-off two days later. */
function thursdays(from: string, to: string): { due: string; cutoff: string }[] {
  const out = []
  for (let d = from; d <= to; d = plus(d, 1)) if (new Date(`${d}T00:00:00Z`).getUTCDay() === 4) out.push({ due: d, cutoff: plus(d, 2) })
  return out
}

async function build() {
  app = testApp(NOW)
  const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-06-30' })
  const rhythm = await app.call('reporting/createRhythm', { campaignId: seed.campaignId, name: '每周工作推进情况表', rhythm: 'weekly:4', startDate: '2024-02-02', remindDays: 1, graceDays: 2, ownerGroup: 'villages' })
  const o = await app.call('reporting/overview', { rhythmId: rhythm.id })
  // a varied pattern: unit n sends week k on due + ((n + k) mod 5) - 1 days, skipping every fourth
  let k = 0
  for (const p of o.periods.filter((x) => x.due <= '2024-04-18')) {
    for (const [n, unitId] of seed.villages.entries()) {
      k++
      if (k % 4 === 0) continue
      const received = plus(p.due, ((n + k) % 5) - 1)
      if (received > '2024-04-20') continue
      await app.call('reporting/record', { rhythmId: rhythm.id, unitId, periodKey: p.key, receivedDate: received })
    }
  }
  const at = app.ctx.clock.now()
  const tasks: [string, string, string | null][] = [
    ['t1', '2024-02-29', '2024-02-20'],
    ['t2', '2024-03-15', '2024-03-20'],
    ['t3', '2024-03-31', null],
    ['t4', '2024-01-31', null],
    ['t5', '2024-04-10', '2024-04-01'],
  ]
  for (const [n, [id, deadline, doneOn]] of tasks.entries()) {
    app.ctx.db.prepare(`INSERT INTO tasks (id, campaign_id, seq, content, deadline, status, created_at, created_by, updated_at, updated_by) VALUES (?, 'cp-1', ?, '任务', ?, 'open', ?, 't', ?, 't')`).run(id, n + 1, deadline, at, at)
    app.ctx.db.prepare(`INSERT INTO task_units (task_id, role, position, written_name, unit_id) VALUES (?, 'lead', 1, '派出所', 'ru-police')`).run(id)
    if (doneOn) {
      app.ctx.db
        .prepare(`INSERT INTO task_progress (id, task_id, unit_id, status, reported_on, done_date, created_at, created_by, updated_at, updated_by) VALUES (?, ?, 'ru-police', 'done', ?, ?, ?, 't', ?, 't')`)
        .run(`p-${id}`, id, doneOn, doneOn, at, at)
    }
  }
  return { seed, rhythm }
}

function recompute(from: string, to: string) {
  const db = app.ctx.db
  const subs = db.prepare('SELECT unit_id, received_date, period_key FROM report_submissions WHERE voided_at IS NULL').all() as { unit_id: string; received_date: string; period_key: string }[]
  const villages = db.prepare("SELECT id FROM responsible_units WHERE unit_type = 'village' AND voided_at IS NULL").pluck().all() as string[]
  const reports = { owed: 0, received: 0, late: 0, missing: 0, outstanding: 0 }
  for (const w of thursdays(from < '2024-02-02' ? '2024-02-02' : from, to)) {
    for (const u of villages) {
      reports.owed++
      // the submission whose week contains this Thursday
      const s = subs.find((x) => x.unit_id === u && Math.abs(Date.parse(x.received_date) - Date.parse(w.due)) <= 4 * 86_400_000 && weekOf(x.period_key) === w.due)
      const r = s && s.received_date <= to ? s.received_date : null
      if (r !== null && r <= w.cutoff) reports.received++
      if (r !== null && r > w.due && r <= w.cutoff) reports.late++
      if ((r === null || r > w.cutoff) && w.cutoff < to) reports.missing++
      if ((r === null || r > w.cutoff) && w.cutoff >= to) reports.outstanding++
    }
  }
  const rows = db.prepare('SELECT t.id, t.deadline, p.done_date FROM tasks t LEFT JOIN task_progress p ON p.task_id = t.id').all() as { id: string; deadline: string; done_date: string | null }[]
  const doneBy = (t: { done_date: string | null }) => t.done_date !== null && t.done_date <= to
  const due = rows.filter((t) => t.deadline >= from && t.deadline <= to)
  return {
    tasks: { due: due.length, done: due.filter(doneBy).length, overdue: rows.filter((t) => t.deadline < to && !doneBy(t)).length },
    reports,
  }
}

/** The Thursday of an ISO week key, found by walking from 4 January of its year. */
function weekOf(key: string): string {
  const [y, w] = key.split('-W').map(Number) as [number, number]
  let d = `${y}-01-04`
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 4) d = plus(d, new Date(`${d}T00:00:00Z`).getUTCDay() < 4 && new Date(`${d}T00:00:00Z`).getUTCDay() !== 0 ? 1 : -1)
  return plus(d, (w - 1) * 7)
}

describe('campaign figures in the quarterly summary', () => {
  it('give tasks done / due / overdue and reports received / late / missing as an independent count does', async () => {
    await build()
    const q1 = await app.call('reports/summary', { quarter: '2024Q1' })
    expect(q1.campaigns).toHaveLength(1)
    const c = q1.campaigns[0]
    expect(c?.asOf).toBe('2024-03-31')
    expect({ tasks: c?.tasks, reports: c?.reports }).toEqual(recompute('2024-01-01', '2024-03-31'))
    // t1, t2 (done 03-20), t3 (due on the last day) and t4 (January): only t4 is overdue on 03-31
    expect(c?.tasks).toEqual({ due: 4, done: 2, overdue: 1 })
    expect(c?.reports.late).toBeGreaterThan(0)
    expect(c?.reports.missing).toBeGreaterThan(0)
  })

  it('count the running quarter up to today, with reports not yet at their cut-off outstanding', async () => {
    await build()
    const q2 = await app.call('reports/summary', { quarter: '2024Q2' })
    const c = q2.campaigns[0]
    expect(c?.asOf).toBe('2024-04-20')
    expect({ tasks: c?.tasks, reports: c?.reports }).toEqual(recompute('2024-04-01', '2024-04-20'))
    expect(q2.definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['到期任务', '已完成', '逾期任务', '应报', '漏报']))
  })

  it('print in the summary document and the campaign summary', async () => {
    const { seed } = await build()
    const whole = await app.call('reporting/campaignFigures', { campaignId: seed.campaignId })
    expect(whole.asOf).toBe('2024-04-20')
    expect(whole).toMatchObject(recompute('2024-02-02', '2024-04-20'))
    const q1 = await app.call('reports/summary', { quarter: '2024Q1' })
    const f = q1.campaigns[0]
    expect(campaignSentences(q1)).toEqual([
      `专项行动“冬春火灾防控专项行动”：时限在本期的任务4项，已完成2项，逾期未完成任务1项；应报送${f?.reports.owed}份，已报送${f?.reports.received}份（其中迟报${f?.reports.late}份），漏报${f?.reports.missing}份。`,
    ])
  })
})
