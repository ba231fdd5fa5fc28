/** How often a 5 ms timer fired while `work` ran: it stays near zero when the thread is blocked. */
export async function ticksDuring<T>(work: Promise<T>): Promise<{ ticks: number; ms: number; value: T }> {
  let ticks = 0
  const started = Date.now()
  const timer = setInterval(() => ticks++, 5)
  try {
    const value = await work
    return { ticks, ms: Date.now() - started, value }
  } finally {
    clearInterval(timer)
  }
}
