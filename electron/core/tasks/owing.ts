import { dueDaySql, periodKeySql } from './period'

/**
 * Who owes a task: the units named on it, every live village for 各村（社区）, and the campaign's
 * units for 各有关单位. SQL fragments shared by the task list, the figures and the dashboard, so
 * that "done" and "逾期" mean the same everywhere.
 */

/** (task_id, unit_id, role) of every owing unit of the tasks chosen by `scope` (a WHERE on t). */
export const owingSql = (scope: string): string => `
  SELECT tu.task_id, tu.unit_id, tu.role, tu.position FROM task_units tu JOIN tasks t ON t.id = tu.task_id
    WHERE tu.unit_id IS NOT NULL AND ${scope}
  UNION ALL SELECT tu.task_id, ru.id, tu.role, tu.position FROM task_units tu JOIN tasks t ON t.id = tu.task_id
    JOIN responsible_units ru ON ru.unit_type = 'village' AND ru.voided_at IS NULL
    WHERE tu.group_kind = 'villages' AND ${scope}
  UNION ALL SELECT tu.task_id, cu.unit_id, tu.role, tu.position FROM task_units tu JOIN tasks t ON t.id = tu.task_id
    JOIN campaign_units cu ON cu.campaign_id = t.campaign_id AND cu.voided_at IS NULL
    WHERE tu.group_kind = 'campaign_units' AND ${scope}`

/*
 * `day` (a SQL date, @today unless given) picks the period of a recurring task: the one containing
 * it. A past day asks about that past period, still judged as of @today.
 */

/** Unit `unit` has done task `task`: for a recurring task, in the period containing `day`; the others once. */
export const unitDoneSql = (task: string, unit: string, day = '@today'): string =>
  `EXISTS (SELECT 1 FROM task_progress p WHERE p.task_id = ${task}.id AND p.unit_id = ${unit} AND p.status = 'done' AND p.voided_at IS NULL
    AND p.period_key = ${periodKeySql(`${task}.recurring`, day)})`
const notDone = (task: string, unit: string, day = '@today') => `NOT ${unitDoneSql(task, unit, day)}`

/** Some owing unit of task `t` meets `cond` (on the unit's id column). */
const someOwing = (t: string, cond: (unit: string) => string): string => `EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = ${t}.id AND (
    (tu.unit_id IS NOT NULL AND ${cond('tu.unit_id')})
    OR (tu.group_kind = 'villages' AND EXISTS (SELECT 1 FROM responsible_units ru WHERE ru.unit_type = 'village' AND ru.voided_at IS NULL AND ${cond('ru.id')}))
    OR (tu.group_kind = 'campaign_units' AND EXISTS (SELECT 1 FROM campaign_units cu WHERE cu.campaign_id = ${t}.campaign_id AND cu.voided_at IS NULL AND ${cond('cu.unit_id')}))))`

/**
 * Task `t` is owed by nobody (未指定责任单位): no unit is named on it and its groups expand to none
 * (各有关单位 in a campaign without units, 各村（社区） with no live village). Nobody can report it
 * done, so once due it is 逾期 like any other task; where the units owing a task are shown, it shows
 * 未指定责任单位, so that no overdue task is counted without being listed.
 */
export const unownedSql = (t: string): string => `NOT ${someOwing(t, () => '1')}`

/**
 * True while task `t` is not done: no unit has reported it done yet, or some owing unit has not
 * (this period, for a recurring task). Needs @today. The first test spares the unit-by-unit walk
 * for most tasks, so the dashboard counts thousands within its budget.
 */
export const pendingSql = (t: string, day = '@today'): string =>
  `(NOT EXISTS (SELECT 1 FROM task_progress d WHERE d.task_id = ${t}.id AND d.status = 'done' AND d.voided_at IS NULL) OR ${someOwing(t, (u) => notDone(t, u, day))})`

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
