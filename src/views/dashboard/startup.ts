import type { SinceLastStart } from '../../../electron/core/dashboard/schema'
import type { StartupReport } from '../../../electron/core/health/schema'
import { call } from '../../api'

export interface StartupFacts {
  report: StartupReport
  since: SinceLastStart
}

let once: Promise<StartupFacts> | null = null

/**
 * What the app does once per start: the data file's check and the daily backup, then what became
 * overdue since the previous start (the core records this start on that call). The home page asks
 * for it; coming back to the home page reuses the same answer.
 */
export function startupOnce(): Promise<StartupFacts> {
  once ??= (async () => {
    const report = await call('app/startup', {})
    const since = await call('dashboard/sinceLastStart', {})
    return { report, since }
  })().catch((e: unknown) => {
    once = null
    throw e
  })
  return once
}

/** The notices of this start are shown until the user closes them, not again on every visit. */
export const seen = { integrityAdvice: false, sinceNotice: false, interruptedBatches: false }

/** Whole days from `from` to `to`, on ISO dates (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}
