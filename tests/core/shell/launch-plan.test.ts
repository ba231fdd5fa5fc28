import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILD_OUTPUTS, electronEnv, findElectronBinary, missingBuildOutputs } from '../../../scripts/launch-plan.mjs'

const dir = '/repo/node_modules/electron'

/** A file system holding exactly `files` (path → content). */
function fs(files: Record<string, string>) {
  return {
    exists: (path: string) => path in files,
    read: (path: string) => {
      const content = files[path]
      if (content === undefined) throw new Error(`ENOENT ${path}`)
      return content
    },
  }
}

describe('findElectronBinary: npm start finds Electron without downloading it', () => {
  it('finds the binary named by path.txt inside dist/', () => {
    const files = { [join(dir, 'path.txt')]: 'electron', [join(dir, 'dist', 'electron')]: '' }
    expect(findElectronBinary({ electronDir: dir, env: {}, ...fs(files) })).toBe(join(dir, 'dist', 'electron'))
  })

  it('finds the Windows binary', () => {
    const files = { [join(dir, 'path.txt')]: 'electron.exe\n', [join(dir, 'dist', 'electron.exe')]: '' }
    expect(findElectronBinary({ electronDir: dir, env: {}, ...fs(files) })).toBe(join(dir, 'dist', 'electron.exe'))
  })

  it('reports none on an offline install: no path.txt, no dist/ (where requiring electron would download)', () => {
    expect(findElectronBinary({ electronDir: dir, env: {}, ...fs({}) })).toBeNull()
  })

  it('reports none when path.txt names a binary that is gone', () => {
    const files = { [join(dir, 'path.txt')]: 'electron' }
    expect(findElectronBinary({ electronDir: dir, env: {}, ...fs(files) })).toBeNull()
  })

  it('reports none when the electron package is not installed', () => {
    expect(findElectronBinary({ electronDir: null, env: {}, ...fs({}) })).toBeNull()
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const override = '/opt/electron-dist'
    const files = { [join(override, 'electron')]: '' }
    const env = { ELECTRON_OVERRIDE_DIST_PATH: override }
    expect(findElectronBinary({ electronDir: dir, env, ...fs(files) })).toBe(join(override, 'electron'))
    expect(findElectronBinary({ electronDir: dir, env, ...fs({}) })).toBeNull()
  })
})

describe('missingBuildOutputs: npm start builds only when the build is missing', () => {
  it('asks for a build on a fresh clone', () => {
    expect(missingBuildOutputs('/repo', () => false)).toEqual(BUILD_OUTPUTS)
  })

  it('asks for a build when only the renderer is missing', () => {
    const present = new Set([join('/repo', 'out/main/index.js'), join('/repo', 'out/preload/index.js')])
    expect(missingBuildOutputs('/repo', (p) => present.has(p))).toEqual(['out/renderer/index.html'])
  })

  it('needs nothing once built', () => {
    expect(missingBuildOutputs('/repo', () => true)).toEqual([])
  })
})

describe('electronEnv: the desktop app starts as an app, on the built renderer', () => {
  it('drops variables that would turn Electron into Node or load another page', () => {
    const env = electronEnv({ PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1', ELECTRON_RENDERER_URL: 'http://localhost:5173' })
    expect(env).toEqual({ PATH: '/usr/bin' })
  })
})
