/* The reporting types the renderer reads too: plain data, no logic. */

export interface Period {
  /** 2024-W10, 2024-03, 2024-Q1: stable, sortable within one rhythm */
  key: string
  /** 2024年3月4日—3月10日, 2024年3月, 2024年第一季度: the name on every page, print and export */
  label: string
  /** the same in a grid header: 3.4–3.10, 2024年3月, 2024年第一季度 */
  short: string
  /** the calendar span the report covers */
  start: string
  end: string
  remindFrom: string
  due: string
  cutoff: string
}

/**
 * Where one unit stands for one period, computed and never stored:
 * - on_time: received by the due day;
 * - late (迟报): received after the due day, by the cut-off;
 * - missing (漏报): nothing by the cut-off — also when a report came after it (补报 is kept, but
 *   the period still counts as missing, as the office counts it);
 * - overdue: the due day has passed, nothing yet, the cut-off not reached: it will be late;
 * - due: reminders have started (remindFrom ≤ today ≤ due), nothing yet;
 * - upcoming: before the reminder day.
 */
export const standings = ['on_time', 'late', 'missing', 'overdue', 'due', 'upcoming'] as const
export type Standing = (typeof standings)[number]

export const standingLabels: Record<Standing, string> = {
  on_time: '按时',
  late: '迟报',
  missing: '漏报',
  overdue: '已逾期未报',
  due: '待报',
  upcoming: '未到期',
}

export interface StandingCounts {
  received: number
  onTime: number
  late: number
  missing: number
  overdue: number
  due: number
  upcoming: number
}

/**
 * A campaign's figures for a period [from, to], as the quarterly summary and the campaign summary
 * print them. Each is counted as at the period's end (or today, when that is earlier), so a past
 * quarter's figures do not change when later work is recorded.
 */
export interface CampaignFigures {
  campaignId: string
  campaignName: string
  asOf: string
  tasks: {
    /** live dated tasks whose deadline falls within the period */
    due: number
    /** of those, done by asOf: struck off (销号) by then, or every owing unit reported done by then */
    done: number
    /** live dated tasks whose deadline is before asOf and not done by asOf (any earlier deadline included) */
    overdue: number
  }
  reports: {
    /** owing unit × period pairs whose due day falls within the period and is not after asOf */
    owed: number
    /** received by the cut-off and by asOf: on time plus late */
    received: number
    late: number
    /** the cut-off passed before asOf with nothing received by it */
    missing: number
    /** not yet in, the cut-off still ahead at asOf */
    outstanding: number
  }
}
