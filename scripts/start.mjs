/**
 * `npm start`: the desktop app when the Electron program is on disk, else the browser harness, so
 * that `npm start` always runs the product (offline machines cannot download Electron).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronEnv, findElectronBinary, missingBuildOutputs } from './launch-plan.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const args = process.argv.slice(2)

function packageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`))
  } catch {
    return null
  }
}

/** Runs the product in the foreground and leaves with its exit code. */
function runForeground(command, argv, env) {
  const child = spawn(command, argv, { cwd: root, stdio: 'inherit', env })
  // Ctrl+C reaches the child through the terminal; the child decides how to shut down.
  process.on('SIGINT', () => {})
  process.on('SIGTERM', () => child.kill('SIGTERM'))
  child.on('error', (err) => {
    console.error(`无法启动 / cannot start ${command}: ${err.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)))
}

function startDesktop(binary) {
  if (missingBuildOutputs(root, existsSync).length > 0) {
    console.log('首次运行，正在构建… / Building FireDesk…')
    const viteDir = packageDir('electron-vite')
    const built = viteDir !== null && spawnSync(process.execPath, [join(viteDir, 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' })
    if (!built || built.status !== 0) {
      console.error('构建失败，请查看上面的输出。/ The build failed, see above.')
      process.exit(1)
    }
  }
  runForeground(binary, ['.', ...args], electronEnv(process.env))
}

function startBrowserFallback() {
  console.log('未找到 Electron 程序（离线环境无法下载），改用浏览器模式启动 / Electron binary not found, starting the browser fallback')
  runForeground(process.execPath, [require.resolve('tsx/cli'), join('electron', 'web', 'main.ts'), ...args], process.env)
}

const binary = findElectronBinary({
  electronDir: packageDir('electron'),
  env: process.env,
  exists: existsSync,
  read: (path) => readFileSync(path, 'utf8'),
})
if (binary === null) startBrowserFallback()
else startDesktop(binary)
