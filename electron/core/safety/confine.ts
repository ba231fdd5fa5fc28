import { lstatSync, realpathSync } from 'node:fs'
import { basename, join, relative, resolve, sep } from 'node:path'
import { AppError } from '../errors'

/*
 * Every path the program stores (a document's file, a batch's combined file) is relative to the
 * data folder, with forward slashes. A stored path comes from a database that may have been
 * restored from someone else's backup, so it is outside input: it is resolved only here, and
 * anything that would leave the data folder is refused before a byte is read or written.
 */

const DRIVE = /^[a-zA-Z]:/
const CONTROL = /[\u0000-\u001f\u007f]/

/** Why a stored relative path is unsafe, or null when it is a plain path inside the folder. */
export function unsafeReason(stored: string): string | null {
  if (stored === '') return '路径为空'
  if (CONTROL.test(stored)) return '路径含有控制字符'
  if (stored.includes('\\')) return '路径含有反斜杠'
  if (stored.startsWith('/') || DRIVE.test(stored)) return '路径是绝对路径'
  const parts = stored.split('/')
  if (parts.some((p) => p === '..')) return '路径含有“..”'
  if (parts.some((p) => p === '' || p === '.')) return '路径含有空的一级'
  return null
}

/** Throws when any existing step from `root` down to `target` is a link (it could point anywhere). */
function refuseLinks(root: string, target: string, label: string): void {
  let at = root
  for (const part of relative(root, target).split(sep)) {
    at = join(at, part)
    let isLink: boolean
    try {
      isLink = lstatSync(at).isSymbolicLink()
    } catch {
      return
    }
    if (isLink) throw new AppError('FORBIDDEN', `${label}经过一个链接（${part}），已拒绝`)
  }
}

/**
 * The absolute place of a stored path inside `dataDir`. Refuses `..`, absolute paths, drive
 * letters, backslashes, control characters and links, so nothing outside the folder is touched.
 */
export function confinedPath(dataDir: string, stored: string, label = '文件路径'): string {
  const why = unsafeReason(stored)
  if (why !== null) throw new AppError('FORBIDDEN', `${label}「${stored.slice(0, 120)}」不在数据文件夹内（${why}），已拒绝`)
  const root = resolve(dataDir)
  const target = resolve(root, ...stored.split('/'))
  if (!target.startsWith(root + sep)) throw new AppError('FORBIDDEN', `${label}「${stored.slice(0, 120)}」不在数据文件夹内，已拒绝`)
  refuseLinks(root, target, label)
  return target
}

/** Whether an absolute path lies inside `dataDir` once links are followed (for the shell's last check). */
export function isInside(dataDir: string, absolute: string): boolean {
  let root: string
  try {
    root = realpathSync(dataDir)
  } catch {
    return false
  }
  let probe = resolve(absolute)
  const tail: string[] = []
  for (;;) {
    try {
      const real = realpathSync(probe)
      const full = resolve(real, ...tail.reverse())
      return full.startsWith(root + sep)
    } catch {
      const up = resolve(probe, '..')
      if (up === probe) return false
      tail.push(basename(probe))
      probe = up
    }
  }
}
