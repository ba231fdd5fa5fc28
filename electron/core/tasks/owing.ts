import { dueDaySql, periodKeySql } from './period'

/**
 * Who owes a task: the units named on it, every village for 各村（社区）, and the campaign's units
 * for 各有关单位 — live units only, by the lists as they stand: a unit voided (机构改革撤销, 误录)
 * owes nothing from its void on, as a village voided is no longer one of 各村 and a unit taken out
 * of a campaign no longer one of 各有关单位. Its reports stay in the ledger, and a task done before
 * stays done. The one definition, behind the task list, its figures, the dashboard, the lagging
 * units, the quarterly campaign figures and the ranking, so that none of them counts a unit
 * another leaves out.
 */

/**
 * (task_id, unit_id, role, position) of each unit owing a task, as the task's rows of task_units
 * expand: `t` is the task's alias, `from` joins task_units tu to it, `where` chooses the tasks.
 */
const owingRows = (t: string, from: string, where: string): string => `
  SELECT tu.task_id, tu.unit_id, tu.role, tu.position FROM ${from}
    JOIN responsible_units nu ON nu.id = tu.unit_id AND nu.voided_at IS NULL
    WHERE ${where}
  UNION ALL SELECT tu.task_id, ru.id, tu.role, tu.position FROM ${from}
    JOIN responsible_units ru ON ru.unit_type = 'village' AND ru.voided_at IS NULL
    WHERE tu.group_kind = 'villages' AND ${where}
  UNION ALL SELECT tu.task_id, cu.unit_id, tu.role, tu.position FROM ${from}
    JOIN campaign_units cu ON cu.campaign_id = ${t}.campaign_id AND cu.voided_at IS NULL
    JOIN responsible_units cr ON cr.id = cu.unit_id AND cr.voided_at IS NULL
    WHERE tu.group_kind = 'campaign_units' AND ${where}`

/** The owing units of every task chosen by `scope` (a WHERE on t), a unit once per row naming it. */
export const owingSql = (scope: string): string => owingRows('t', 'task_units tu JOIN tasks t ON t.id = tu.task_id', scope)

/** Some unit owing task `t` (an alias of the outer query) meets `cond` (on the unit's id column). */
export const someOwingSql = (t: string, cond: (unit: string) => string): string =>
  `EXISTS (SELECT 1 FROM (${owingRows(t, 'task_units tu', `tu.task_id = ${t}.id`)}) o WHERE ${cond('o.unit_id')})`

/*
 * `day` (a SQL date, @today unless given) picks the period of a recurring task: the one containing
 * it. A past day asks about that past period, still judged as of @today.
 */

/**
 * Unit `unit` has done task `task`: for a recurring task, in the period containing `day`; the others
 * once. `by` (a SQL date) asks whether it was done by then: its 已完成 dated on or before it.
 */
export const unitDoneSql = (task: string, unit: string, day = '@today', by?: string): string =>
  `EXISTS (SELECT 1 FROM task_progress p WHERE p.task_id = ${task}.id AND p.unit_id = ${unit} AND p.status = 'done' AND p.voided_at IS NULL
    AND p.period_key = ${periodKeySql(`${task}.recurring`, day)}${by === undefined ? '' : ` AND p.done_date <= ${by}`})`
const notDone = (task: string, unit: string, day = '@today', by?: string) => `NOT ${unitDoneSql(task, unit, day, by)}`

/**
 * Task `t` is owed by nobody (未指定责任单位): no live unit is named on it and its groups expand to
 * none (各有关单位 in a campaign without live units, 各村（社区） with no live village). Nobody can
 * report it done, so once due it is 逾期 like any other task (unless a unit reported it done before
 * it was voided); where the units owing a task are shown, it shows 未指定责任单位, so that no
 * overdue task is counted without being listed.
 */
export const unownedSql = (t: string): string => `NOT ${someOwingSql(t, () => '1')}`

/**
 * True while task `t` is not done (by the SQL date `by`, when given): no unit has reported it done
 * yet, or some owing unit has not (this period, for a recurring task). So a task nobody owes is
 * never done. Needs @today unless `day` is given. The first test spares the unit-by-unit walk for
 * most tasks, so the dashboard counts thousands within its budget.
 */
export const pendingSql = (t: string, day = '@today', by?: string): string =>
  `(NOT EXISTS (SELECT 1 FROM task_progress d WHERE d.task_id = ${t}.id AND d.status = 'done' AND d.voided_at IS NULL${by === undefined ? '' : ` AND d.done_date <= ${by}`})
    OR ${someOwingSql(t, (u) => notDone(t, u, day, by))})`

/** The day task `t` falls due: its deadline, or for a rhythm the due day of the period containing `day`. */
export const dueSql = (t: string, day = '@today'): string => dueDaySql(t, day)

/**
 * The one meaning of 逾期 for a task, wherever it is counted (task list, campaign figures, 工作台,
 * the lagging units and their ladder): open, its due day passed — this period's, for a recurring
 * task — and some owing unit not done (for that period). Needs @today.
 */
export const overdueSql = (t: string, day = '@today'): string => `(${t}.status = 'open' AND ${dueSql(t, day)} < @today AND ${pendingSql(t, day)})`

/** Unit `unit` is late on task `t`: the task open, its due day passed, the unit not done (for that period). Needs @today. */
export const unitOverdueSql = (t: string, unit: string): string => `(${t}.status = 'open' AND ${dueSql(t)} < @today AND ${notDone(t, unit)})`

/** Open, falling due within [@today, @soon] (this period, for a rhythm), some owing unit not done. */
export const dueSoonSql = (t: string): string => `(${t}.status = 'open' AND ${dueSql(t)} BETWEEN @today AND @soon AND ${pendingSql(t)})`

/** The task figures of each campaign chosen by `where` (on t), for `today` and `soon` (today + n days). */
export const figuresSql = (where: string): string => `
  SELECT t.campaign_id,
    count(*) AS tasks,
    sum(t.status = 'closed') AS closed,
    sum(t.status = 'open' AND NOT ${pendingSql('t')}) AS done,
    sum(${overdueSql('t')}) AS overdue,
    sum(${dueSoonSql('t')}) AS due_soon,
    sum(t.status = 'open' AND t.deadline IS NULL) AS undated
  FROM tasks t WHERE t.voided_at IS NULL AND ${where} GROUP BY t.campaign_id`

export interface FigureRow {
  campaign_id: string
  tasks: number
  closed: number
  done: number
  overdue: number
  due_soon: number
  undated: number
}
