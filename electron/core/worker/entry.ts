import { parentPort } from 'node:worker_threads'
import { isAppError, toAppErrorData } from '../errors'
import { jobs, type JobName } from './jobs'

/*
 * A worker thread's side: runs the one job it is sent and answers its result or its error (an
 * AppError as its data, anything else as the internal error's words), then the thread ends.
 */
parentPort?.once('message', (message: { job: JobName; input: never }) => {
  void (async () => {
    try {
      parentPort?.postMessage({ ok: true, result: await jobs[message.job](message.input) })
    } catch (e) {
      parentPort?.postMessage({ ok: false, error: isAppError(e) ? e.toJSON() : toAppErrorData(e), detail: e instanceof Error ? e.stack : String(e) })
    }
  })()
})
