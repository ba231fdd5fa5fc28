import { fork } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_DIR, OWNER_FILE, takeWriterLock } from '../../../electron/core/safety/lock'
import { cli } from '../cli/run'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-lock-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A pid that ran on this machine and has exited. */
async function deadPid(): Promise<number> {
  const child = fork('-e', [], { execArgv: ['-e', ''] })
  const pid = child.pid ?? 0
  await new Promise((done) => child.once('exit', done))
  return pid
}

describe('one writer per data folder', () => {
  it('refuses a second writer, naming who holds the folder; read-only verbs run beside it', async () => {
    const data = join(dir, 'data')
    expect((await cli('--data', data, 'init')).code).toBe(0)
    const lock = await takeWriterLock(data, '浏览器模式（npm run web）')
    try {
      const r = await cli('--data', data, 'restore', join(dir, 'any.zip'))
      expect(r.code).not.toBe(0)
      expect(r.err).toContain(`数据文件夹正被另一个程序使用：浏览器模式（npm run web）（进程 ${process.pid}，计算机 ${hostname()}`)
      expect((await cli('--data', data, 'call', 'areas/create', '{"name":"长江村"}')).code).not.toBe(0)
      expect((await cli('--data', data, 'check')).code).toBe(0)
      await expect(takeWriterLock(data, '桌面程序')).rejects.toMatchObject({ code: 'CONFLICT' })
    } finally {
      await lock.release()
    }
    expect(existsSync(join(data, LOCK_DIR))).toBe(false)
    expect(existsSync(join(data, OWNER_FILE))).toBe(false)
    expect((await cli('--data', data, 'call', 'areas/create', '{"name":"长江村"}')).code).toBe(0)
  })

  it('takes over a lock left by a process of this machine that no longer runs', async () => {
    const data = join(dir, 'data')
    mkdirSync(join(data, LOCK_DIR), { recursive: true })
    writeFileSync(join(data, OWNER_FILE), JSON.stringify({ pid: await deadPid(), host: hostname(), holder: '桌面程序', since: '2024-03-05T01:30:00.000Z' }))
    const lock = await takeWriterLock(data, '命令行 firedesk init')
    expect(lock.owner.pid).toBe(process.pid)
    await lock.release()
  })

  it('refuses while a live process of this machine holds the lock, even before it touches it again', async () => {
    const data = join(dir, 'data')
    mkdirSync(join(data, LOCK_DIR), { recursive: true })
    const child = fork('-e', [], { execArgv: ['-e', 'setTimeout(() => {}, 30000)'] })
    try {
      writeFileSync(join(data, OWNER_FILE), JSON.stringify({ pid: child.pid, host: hostname(), holder: '桌面程序', since: '' }))
      await expect(takeWriterLock(data, '命令行')).rejects.toMatchObject({ message: expect.stringContaining(`桌面程序（进程 ${child.pid}`) })
    } finally {
      child.kill()
    }
  })
})
