/**
 * How `npm start` decides what to launch, as pure functions over an injected file system so the
 * decision is tested without Electron.
 */
import { join } from 'node:path'

/** What `npm start` needs built before Electron can open the window. */
export const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']

/**
 * The Electron program's path, or null when it is not on disk. Mirrors node_modules/electron/index.js
 * (path.txt names the binary inside dist/, ELECTRON_OVERRIDE_DIST_PATH replaces dist/) but never
 * requires it: that module starts a download when the binary is missing.
 */
export function findElectronBinary({ electronDir, env, exists, read }) {
  if (electronDir === null) return null
  const pathFile = join(electronDir, 'path.txt')
  const executable = exists(pathFile) ? read(pathFile).trim() : ''
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const candidate = join(override, executable || 'electron')
    return exists(candidate) ? candidate : null
  }
  if (executable === '') return null
  const candidate = join(electronDir, 'dist', executable)
  return exists(candidate) ? candidate : null
}

/** The build outputs under `root` that are missing (empty when no build is needed). */
export function missingBuildOutputs(root, exists) {
  return BUILD_OUTPUTS.filter((file) => !exists(join(root, file)))
}

/**
 * The environment for the desktop app: ELECTRON_RUN_AS_NODE would turn Electron into plain Node,
 * and ELECTRON_RENDERER_URL would point the window at a dev server instead of the built renderer.
 */
export function electronEnv(env) {
  const clean = { ...env }
  delete clean.ELECTRON_RUN_AS_NODE
  delete clean.ELECTRON_RENDERER_URL
  return clean
}
