import { periodKeySql } from './period'

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
    JOIN campaign_units cu ON cu.campaign_id = t.campaign_id
    WHERE tu.group_kind = 'campaign_units' AND ${scope}`

/** A recurring task is done for the period containing @today; the others once. */
const notDone = (task: string, unit: string) =>
  `NOT EXISTS (SELECT 1 FROM task_progress p WHERE p.task_id = ${task}.id AND p.unit_id = ${unit} AND p.status = 'done'
    AND p.period_key = ${periodKeySql(`${task}.recurring`, '@today')})`

/** True while some owing unit of task `t` has not reported it done (this period, for a recurring task). Needs @today. */
export const pendingSql = (t: string): string => `EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = ${t}.id AND (
    (tu.unit_id IS NOT NULL AND ${notDone(t, 'tu.unit_id')})
    OR (tu.group_kind = 'villages' AND EXISTS (SELECT 1 FROM responsible_units ru WHERE ru.unit_type = 'village' AND ru.voided_at IS NULL AND ${notDone(t, 'ru.id')}))
    OR (tu.group_kind = 'campaign_units' AND EXISTS (SELECT 1 FROM campaign_units cu WHERE cu.campaign_id = ${t}.campaign_id AND ${notDone(t, 'cu.unit_id')}))))`

/** The task figures of each campaign chosen by `where` (on t), for `today` and `soon` (today + n days). */
export const figuresSql = (where: string): string => `
  SELECT t.campaign_id,
    count(*) AS tasks,
    sum(t.status = 'closed') AS closed,
    sum(t.status = 'open' AND NOT ${pendingSql('t')}) AS done,
    sum(CASE WHEN t.status = 'open' AND t.deadline < @today THEN ${pendingSql('t')} ELSE 0 END) AS overdue,
    sum(CASE WHEN t.status = 'open' AND t.deadline >= @today AND t.deadline <= @soon THEN ${pendingSql('t')} ELSE 0 END) AS due_soon,
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
