import type { Campaign } from '../../../electron/core/campaigns/schema'
import type { Task } from '../../../electron/core/tasks/schema'
import { call } from '../../api'
import { saveBase64 } from '../../components/transfer/files'
import { formatDate } from '../../utils/date'

/** Saves a campaign's stored file (the notice, a unit's evidence or report) under its original name. */
export async function saveCampaignFile(id: string): Promise<void> {
  const f = await call('campaigns/file', { id })
  saveBase64(f.originalName, f.dataBase64)
}

/** Today in the office's local time, as the core takes dates. */
export function todayIso(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** 时限 as the list wrote it, with the date it means when that differs, or the period on show. */
export function dueLabel(t: Task): string {
  // a recurring task's progress is one period's: say which period the row shows
  if (t.period) return `${t.dueText}（期次：${t.period.label}）`
  const date = t.deadline ? formatDate(t.deadline) : ''
  if (!t.dueText) return date
  return date && !t.dueText.includes(date) ? `${t.dueText}（${date}）` : t.dueText
}

export const unitNames = (refs: Task['lead']): string => refs.map((r) => r.name).join('、')

export const stateTagType = { open: 'info', done: 'success', overdue: 'error', closed: 'default' } as const

/**
 * The campaign's summary: the 季度汇总 page cut to its tagged records, from its start to its end
 * (or to today while it runs).
 */
export function summaryLocation(c: Pick<Campaign, 'id' | 'startDate' | 'endDate'>) {
  const today = todayIso()
  const end = c.endDate !== null && c.endDate < today ? c.endDate : today
  return { name: 'reports', query: { from: c.startDate, to: end < c.startDate ? c.startDate : end, campaign: c.id } }
}
