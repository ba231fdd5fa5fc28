import { parentPort } from 'node:worker_threads'
import type { Ctx } from '../context'
import { isAppError, toAppErrorData } from '../errors'
import { cancelled, type JobRun } from './control'
import { ctxOf, type JobSeed } from './job-ctx'
import { jobs, type JobName } from './jobs'

/*
 * A worker thread's side: runs each job it is sent, one at a time, and answers its result or its
 * error (an AppError as its data, anything else as the internal error's words); the thread is
 * kept for the next job (run.ts). The caller cancels through a shared flag, read between the
 * job's units of work even while the thread is busy in a loop no message could interrupt.
 */
parentPort?.on('message', (message: { job: JobName; input: never; seed: JobSeed | null; flag: Int32Array }) => {
  const port = parentPort
  if (!port) return
  let ctx: Ctx | undefined
  const run: JobRun = {
    ctx() {
      if (message.seed === null) throw new Error(`job ${message.job} was sent without a data file`)
      ctx ??= ctxOf(message.seed, (event, payload) => port.postMessage({ event, payload }))
      return ctx
    },
    check() {
      if (Atomics.load(message.flag, 0) === 1) throw cancelled()
    },
    progress: (done, total) => port.postMessage({ progress: { done, total } }),
  }
  void (async () => {
    try {
      port.postMessage({ ok: true, result: await jobs[message.job](message.input, run) })
    } catch (e) {
      port.postMessage({ ok: false, error: isAppError(e) ? e.toJSON() : toAppErrorData(e), detail: e instanceof Error ? e.stack : String(e) })
    } finally {
      ctx?.db.close()
    }
  })()
})
