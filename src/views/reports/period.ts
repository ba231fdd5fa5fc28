import type { LocationQuery } from 'vue-router'
import type { SummaryArgs } from '../../../electron/core/reports/schema'
import { t } from '../../locales'

/*
 * The period on show lives in the address (#/reports?quarter=2024Q1 or ?from=…&to=…), so that
 * going back from a list of cases returns to the same summary.
 */

export type PeriodChoice = { quarter: string } | { from: string; to: string }

const QUARTER = /^\d{4}Q[1-4]$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const NUMERALS = ['一', '二', '三', '四'] as const

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

export function fromQuery(q: LocationQuery): PeriodChoice | null {
  const quarter = str(q.quarter)
  if (QUARTER.test(quarter)) return { quarter }
  const from = str(q.from)
  const to = str(q.to)
  return DATE.test(from) && DATE.test(to) ? { from, to } : null
}

/** The campaign a summary is cut to (#/reports?…&campaign=id), if any. */
export const campaignOf = (q: LocationQuery): string | null => str(q.campaign) || null

export const toQuery = (p: PeriodChoice, campaign: string | null): Record<string, string> => ({ ...p, ...(campaign ? { campaign } : {}) })

export const summaryArgs = (p: PeriodChoice, campaign: string | null): SummaryArgs => ({ ...p, ...(campaign ? { campaignId: campaign } : {}) })

const quarterIndex = (d: Date): number => d.getFullYear() * 4 + Math.floor(d.getMonth() / 3)
const quarterCode = (i: number): string => `${Math.floor(i / 4)}Q${(i % 4) + 1}`

/** The last finished quarter: a quarterly summary is most often made just after one ends. */
export const lastQuarter = (today: Date = new Date()): string => quarterCode(quarterIndex(today) - 1)

/** This quarter and the eleven before it, newest first. */
export function quarterOptions(today: Date = new Date()): { value: string; label: string }[] {
  const now = quarterIndex(today)
  return Array.from({ length: 12 }, (_, k) => {
    const i = now - k
    return { value: quarterCode(i), label: t('report.quarterLabel', { year: Math.floor(i / 4), n: NUMERALS[i % 4] ?? '' }) }
  })
}
