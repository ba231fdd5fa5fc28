import type { DashboardSummary, SinceLastStart } from './schema'

export interface DashboardContract {
  'dashboard/summary': { args: Record<string, never>; result: DashboardSummary }
  /**
   * What became overdue since the app was last started. The first call in a run records this
   * start; later calls in the same run answer against the same previous start.
   */
  'dashboard/sinceLastStart': { args: Record<string, never>; result: SinceLastStart }
}
