/**
 * The only place that hands URLs and files to the operating system (ESLint bans shell.openExternal
 * and shell.openPath everywhere else): a compromised page must not be able to launch programs.
 */
import { realpath } from 'node:fs/promises'
import { shell } from 'electron'
import { isOpenablePath, isSafeExternalUrl } from './policy'

/** Opens an https link to a site of the allow-list (policy.ts) in the user's browser; refuses anything else. */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) {
    console.warn('[firedesk] refused to open external URL:', url)
    return false
  }
  await shell.openExternal(new URL(url).href)
  return true
}

/**
 * Opens a generated document (.docx/.xlsx/.pdf/.zip) with its default program, only when it lies
 * inside one of `allowedDirs` (the data folder's documents and exports folders). Symlinks are
 * resolved first so a link cannot lead outside.
 */
export async function openPathSafely(path: string, allowedDirs: readonly string[]): Promise<boolean> {
  const realFile = await realpath(path).catch(() => null)
  const realDirs = await Promise.all(allowedDirs.map((dir) => realpath(dir).catch(() => '')))
  if (realFile === null || !isOpenablePath(realFile, realDirs.filter((dir) => dir !== ''))) {
    console.warn('[firedesk] refused to open path:', path)
    return false
  }
  const failure = await shell.openPath(realFile)
  if (failure !== '') console.warn('[firedesk] the OS could not open', realFile, failure)
  return failure === ''
}
