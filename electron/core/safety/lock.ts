import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { AppError } from '../errors'

/*
 * One writer per data folder. The desktop app, the browser mode and the CLI's writing verbs hold
 * this lock while they run: two writers on one SQLite file would each hand out the same 文号, and
 * a restore under a running app would be silently overwritten. proper-lockfile keeps the lock
 * fresh (a directory whose mtime it touches); a holder that died is recognised at once on this
 * machine by its pid, on another machine (a shared folder) once the lock is older than STALE_MS.
 */

export const LOCK_DIR = 'firedesk.lock'
export const OWNER_FILE = 'firedesk.lock.owner.json'
const STALE_MS = 30_000
/** A lock held by a live pid of this machine is trusted this long without a touch (a busy holder, not a reused pid). */
const LIVE_STALE_MS = 10 * 60_000

export interface LockOwner {
  pid: number
  host: string
  /** What holds it, in words: 桌面程序, 浏览器模式, 命令行 firedesk restore… */
  holder: string
  since: string
}

export interface WriterLock {
  readonly owner: LockOwner
  release(): Promise<void>
}

function readOwner(dataDir: string): LockOwner | null {
  try {
    const o = JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as Partial<LockOwner>
    return typeof o.pid === 'number' && typeof o.host === 'string' ? { pid: o.pid, host: o.host, holder: String(o.holder ?? ''), since: String(o.since ?? '') } : null
  } catch {
    return null
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const heldBy = (o: LockOwner | null): AppError =>
  new AppError(
    'CONFLICT',
    o
      ? `数据文件夹正被另一个程序使用：${o.holder || '消安督办台'}（进程 ${o.pid}，计算机 ${o.host}${o.since ? `，${o.since} 起` : ''}）。为免两个程序同时写入，请先关闭它再试，数据未作任何改动。`
      : '数据文件夹正被另一个程序使用（锁文件 firedesk.lock）。为免两个程序同时写入，请先关闭它再试，数据未作任何改动。',
  )

/**
 * Takes the writer lock of `dataDir` for `holder`, or throws a Chinese AppError naming who has
 * it. A lock left by a process of this machine that no longer runs is removed first.
 */
export async function takeWriterLock(dataDir: string, holder: string, onLost: (why: Error) => void = () => {}): Promise<WriterLock> {
  mkdirSync(dataDir, { recursive: true })
  const lockPath = join(dataDir, LOCK_DIR)
  const previous = readOwner(dataDir)
  const host = hostname()
  if (previous && previous.host === host && previous.pid !== process.pid) {
    if (alive(previous.pid) && lockfile.checkSync(dataDir, { lockfilePath: lockPath, realpath: false, stale: LIVE_STALE_MS })) throw heldBy(previous)
    if (!alive(previous.pid)) rmSync(lockPath, { recursive: true, force: true })
  }
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(dataDir, { lockfilePath: lockPath, realpath: false, stale: STALE_MS, onCompromised: onLost })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw heldBy(readOwner(dataDir))
    throw e
  }
  const owner: LockOwner = { pid: process.pid, host, holder, since: new Date().toISOString() }
  writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify(owner))
  const forget = (): void => rmSync(join(dataDir, OWNER_FILE), { force: true })
  process.once('exit', forget)
  return {
    owner,
    async release() {
      process.off('exit', forget)
      forget()
      await release().catch(() => undefined)
    },
  }
}
