import type { Unavailable } from '../schema'

/*
 * Figures of DOMAIN.md that FireDesk cannot give: the report lists them with the reason rather
 * than printing a 0 that nobody counted.
 */
export const unavailableFigures: readonly Unavailable[] = [
  { key: 'campaignTasks', label: '专项行动任务完成情况', reason: '本系统不登记专项行动任务清单，本项不统计。' },
]
