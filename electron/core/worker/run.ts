import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Ctx } from '../context'
import { AppError, type AppErrorData } from '../errors'
import { cancelled, type JobProgress, type JobRun } from './control'
import { seedOf } from './job-ctx'
import { jobs, type JobInput, type JobName, type JobResult } from './jobs'
import { asTheWriter } from './writer'

/*
 * Runs a heavy job (jobs.ts) on a worker thread, so the thread that serves the window — Electron's
 * main process, the browser mode's server — keeps answering while a big workbook is read, an
 * import written or a backup made. The same code runs under Electron (the bundled worker.js
 * beside the main bundle) and under plain Node with tsx (the web mode, the CLI, the tests), where
 * the worker loads this folder's source.
 */

/**
 * Under tsx both of its hooks are registered in the thread: the CommonJS one for the sources'
 * requires, the ES one for their dynamic imports (a report's charts load only when drawn). That
 * compiles the whole core again in each new thread, seconds on a busy machine: FIREDESK_WORKER
 * names a bundle of entry.ts made beforehand (the tests make one) to load instead.
 */
function startWorker(): Worker {
  const bundled = process.env.FIREDESK_WORKER ?? join(__dirname, 'worker.js')
  if (existsSync(bundled)) return new Worker(bundled)
  const source = JSON.stringify(join(__dirname, 'entry.ts'))
  const cjs = JSON.stringify(require.resolve('tsx/cjs'))
  const esm = JSON.stringify(pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href)
  return new Worker(`require(${cjs}); import(${esm}).then(({ register }) => { register(); require(${source}) })`, { eval: true })
}

/**
 * Threads that finished a job wait here for the next one: starting a thread and loading the jobs'
 * modules costs more than many jobs. An idle thread does not keep the process alive.
 */
const idle: Worker[] = []
const IDLE_KEPT = 2

function takeWorker(): Worker {
  const worker = idle.pop() ?? startWorker()
  worker.removeAllListeners()
  worker.ref()
  return worker
}

function giveBack(worker: Worker): void {
  worker.removeAllListeners()
  if (idle.length >= IDLE_KEPT) return void worker.terminate()
  worker.unref()
  // A thread that dies while it waits is forgotten; the next job starts another.
  // A dying thread fires both 'error' and 'exit': the second finds it gone and must remove nothing else.
  const drop = (): void => {
    const i = idle.indexOf(worker)
    if (i >= 0) idle.splice(i, 1)
  }
  worker.once('error', drop)
  worker.once('exit', drop)
  idle.push(worker)
}

type Message =
  | { ok: true; result: unknown }
  | { ok: false; error: AppErrorData; detail: string }
  | { progress: JobProgress }
  | { event: string; payload: unknown }

export interface JobOptions {
  /** A big file or many rows: run on a worker. Else right here, where starting a thread would cost more than the job. */
  offThread: boolean
  signal?: AbortSignal
  onProgress?: (p: JobProgress) => void
  /** The caller's data file, for a job that works on it. */
  ctx?: Ctx
  /** What the job writes into the data file, in words ('导入'): it then owns the writer for its run. */
  writes?: string
  /** The job only reads and leaves nothing behind (a report made in memory): a cancel ends its thread at once. */
  endOnAbort?: boolean
}

/**
 * A job without a data file, or one that leaves nothing behind, ends its thread at once when
 * aborted; any other job on the data file is told through the shared flag and answers once it has
 * rolled back or removed what it made, so that "cancelled" is said only when nothing is left half done.
 */
export function runOffThread<J extends JobName>(job: J, input: JobInput<J>, opts: Omit<JobOptions, 'offThread'> = {}): Promise<JobResult<J>> {
  const { signal, ctx } = opts
  if (signal?.aborted) return Promise.reject(cancelled())
  const seed = ctx ? seedOf(ctx, opts.writes !== undefined) : null
  const flag = new Int32Array(new SharedArrayBuffer(4))
  const worker = takeWorker()
  return new Promise<JobResult<J>>((resolve, reject) => {
    const onAbort = (): void => {
      Atomics.store(flag, 0, 1)
      if (seed !== null && !opts.endOnAbort) return
      reject(cancelled())
      worker.removeAllListeners()
      void worker.terminate()
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (m: Message) => {
      if ('progress' in m) return opts.onProgress?.(m.progress)
      if ('event' in m) return ctx?.emit(m.event, m.payload)
      signal?.removeEventListener('abort', onAbort)
      giveBack(worker)
      if (m.ok) resolve(m.result as JobResult<J>)
      else if (m.error.code === 'INTERNAL') reject(new Error(m.detail))
      else reject(new AppError(m.error.code, m.error.message, m.error.field))
    })
    worker.once('error', (e) => {
      signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      reject(e)
    })
    worker.postMessage({ job, input, seed, flag })
  })
}

/** Files above this size are read on a worker thread: below it, starting a thread costs more than the reading. */
export const BIG_FILE_BYTES = 256 * 1024

function runHere<J extends JobName>(job: J, input: JobInput<J>, opts: JobOptions): Promise<JobResult<J>> {
  const run: JobRun = {
    ctx() {
      if (!opts.ctx) throw new Error(`job ${job} needs the data file`)
      return opts.ctx
    },
    check() {
      if (opts.signal?.aborted) throw cancelled()
    },
    progress: (done, total) => opts.onProgress?.({ done, total }),
  }
  run.check()
  return (jobs[job] as (i: JobInput<J>, r: JobRun) => Promise<JobResult<J>>)(input, run)
}

/** Runs a job on a worker thread when `offThread` and there is a data file on disk to share, else right here. */
export function runJob<J extends JobName>(job: J, input: JobInput<J>, opts: JobOptions): Promise<JobResult<J>> {
  const off = opts.offThread && (opts.ctx === undefined || opts.ctx.dataDir !== null)
  const go = (): Promise<JobResult<J>> => (off ? runOffThread(job, input, opts) : runHere(job, input, opts))
  return opts.writes !== undefined && off && opts.ctx ? asTheWriter(opts.ctx, opts.writes, go) : go()
}
