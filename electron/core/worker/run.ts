import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { AppError, type AppErrorData } from '../errors'
import { jobs, type JobInput, type JobName, type JobResult } from './jobs'

/*
 * Runs a heavy job (jobs.ts) on a worker thread, so the thread that serves the window — Electron's
 * main process, the browser mode's server — keeps answering while a big workbook is read. The
 * same code runs under Electron (the bundled worker.js beside the main bundle) and under plain
 * Node with tsx (the web mode, the CLI, the tests), where the worker loads this folder's source.
 * An aborted job ends its thread at once.
 */

function startWorker(): Worker {
  const bundled = join(__dirname, 'worker.js')
  if (existsSync(bundled)) return new Worker(bundled)
  const source = join(__dirname, 'entry.ts')
  return new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)})`, { eval: true })
}

type Answer = { ok: true; result: unknown } | { ok: false; error: AppErrorData; detail: string }

export function runOffThread<J extends JobName>(job: J, input: JobInput<J>, signal?: AbortSignal): Promise<JobResult<J>> {
  if (signal?.aborted) return Promise.reject(cancelled())
  const worker = startWorker()
  return new Promise<JobResult<J>>((resolve, reject) => {
    const onAbort = (): void => {
      reject(cancelled())
      void worker.terminate()
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    const done = (): void => {
      signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
    }
    worker.once('message', (answer: Answer) => {
      done()
      if (answer.ok) resolve(answer.result as JobResult<J>)
      else if (answer.error.code === 'INTERNAL') reject(new Error(answer.detail))
      else reject(new AppError(answer.error.code, answer.error.message, answer.error.field))
    })
    worker.once('error', (e) => {
      done()
      reject(e)
    })
    worker.postMessage({ job, input })
  })
}

/** Files above this size are read on a worker thread: below it, starting a thread costs more than the reading. */
export const BIG_FILE_BYTES = 256 * 1024

/**
 * Runs a job on a worker thread when `offThread` (a big file), else right here: starting a thread
 * costs more than a small job, which ends before the window could notice.
 */
export async function runJob<J extends JobName>(job: J, input: JobInput<J>, opts: { offThread: boolean; signal?: AbortSignal }): Promise<JobResult<J>> {
  if (opts.offThread) return runOffThread(job, input, opts.signal)
  if (opts.signal?.aborted) throw cancelled()
  return (await jobs[job](input as never)) as JobResult<J>
}

const cancelled = (): AppError => new AppError('ILLEGAL_STATE', '已取消：文件未读完，未作任何改动')
