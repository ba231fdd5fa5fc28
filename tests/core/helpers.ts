import { openApp, type FiredeskApp } from '../../electron/core/app'
import { fixedClock, sequentialIds } from '../../electron/core/clock'
import type { ArgsOf, HandlerName } from '../../electron/core/contract'

export const T0 = '2024-03-05T01:30:00.000Z'

/** An in-memory app with a fixed clock and predictable ids. */
export function testApp(at = T0): FiredeskApp & { clock: ReturnType<typeof fixedClock> } {
  const clock = fixedClock(at)
  const app = openApp({ dataDir: null, clock, newId: sequentialIds(), logError: () => {} })
  return Object.assign(app, { clock })
}

/** The AppError an invoke answers with (fails the test when it succeeds). */
export async function errorOf<N extends HandlerName>(app: FiredeskApp, name: N, args: ArgsOf<N> | Record<string, unknown>) {
  const r = await app.invoke(name, args)
  if (r.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(r.data)}`)
  return r.error
}

/** A valid 统一社会信用代码 for tests. */
export const VALID_CREDIT_CODE = '91330382MA2J4LQ883'
