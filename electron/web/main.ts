/**
 * `npm run web [-- --port N] [-- --data DIR]`: the product in a browser on this machine. Builds the
 * renderer first when it is missing, then prints the URL to open (the token included).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { takeWriterLock } from '../core/safety/lock'
import { startUp } from '../core/safety/startup'
import { parseWebArgs, type WebArgs } from './args'
import { DEFAULT_PORT, DEFAULT_RENDERER_DIR, startHarness } from './server'

function buildRendererIfMissing(): void {
  if (existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) return
  console.log('首次运行，正在构建界面… / Building the renderer…')
  const r = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: resolve(DEFAULT_RENDERER_DIR, '../..'),
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (r.status !== 0) throw new Error('界面构建失败，请查看上面的输出。/ The renderer build failed, see above.')
}

function failMessage(e: unknown, port: number): string {
  if (e instanceof Error && 'code' in e && e.code === 'EADDRINUSE') {
    return `端口 ${port} 已被占用（也许消安督办台已在运行），请用 --port 换一个端口。/ Port ${port} is in use.`
  }
  return e instanceof Error ? e.message : String(e)
}

async function main(): Promise<void> {
  let args: WebArgs = { port: DEFAULT_PORT, dataDir: '' }
  try {
    args = parseWebArgs(process.argv.slice(2))
    buildRendererIfMissing()
    const lock = await takeWriterLock(args.dataDir, '浏览器模式（npm run web）', (why) => console.error('[firedesk web] 数据文件夹的锁失效：', why.message))
    for (const line of startUp(args.dataDir)) console.log(`[firedesk web] ${line}`)
    const harness = await startHarness({ dataDir: args.dataDir, port: args.port }).catch(async (e: unknown) => {
      await lock.release()
      throw e
    })
    console.log(`消安督办台已启动，请在浏览器中打开 / FireDesk is running, open: ${harness.url}`)
    console.log(`数据文件夹 / data folder: ${args.dataDir}（按 Ctrl+C 停止 / Ctrl+C to stop）`)
    const stop = (): void => {
      void harness
        .close()
        .then(() => lock.release())
        .then(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  } catch (e) {
    console.error(failMessage(e, args.port))
    process.exit(1)
  }
}

void main()
