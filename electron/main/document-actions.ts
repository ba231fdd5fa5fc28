/**
 * The shell's part of official documents: 'shell/openDocument' (WPS/Word opens the issued file,
 * to read or print) and 'shell/saveAs' (a copy where staff choose). The main process answers them
 * before the core, behind the same sender check; everything else goes on to the core. Kept free of
 * `electron` (the OS calls come in as `deps`) so tests drive it with a real core.
 */
import { join } from 'node:path'
import { z } from 'zod'
import type { FiredeskApp } from '../core/app'
import type { Envelope } from '../core/contract'
import { dataFolder } from '../core/documents/data-folder'
import { batchFile } from '../core/documents/register/batch'
import { getEntry, issuedBytes } from '../core/documents/register/service'
import { toAppErrorData } from '../core/errors'
import { id, parseArgs } from '../core/validation'

export interface DocumentShellDeps {
  /** openPathSafely: opens a file inside one of `allowedDirs` with its default program */
  openFile(path: string, allowedDirs: readonly string[]): Promise<boolean>
  /** the OS save dialog; null when staff cancel */
  chooseSavePath(defaultName: string): Promise<string | null>
  copyFile(from: string, to: string): Promise<void>
}

const targetSchema = z.union([z.strictObject({ id: id('文书') }), z.strictObject({ batchId: id('批次') })], { error: '请指定文书或批次' })
type Target = z.output<typeof targetSchema>

/** The file on disk, made sure to be the issued one (restored from the frozen data if needed). */
function fileOf(core: FiredeskApp, target: Target): { path: string; name: string } {
  if ('batchId' in target) {
    const f = batchFile(core.ctx, target.batchId)
    return { path: f.path, name: f.fileName }
  }
  issuedBytes(core.ctx, target.id)
  const entry = getEntry(core.ctx, target.id)
  return { path: entry.path, name: entry.fileName }
}

async function answer<T>(run: () => Promise<T>): Promise<Envelope<unknown>> {
  try {
    return { ok: true, data: await run() }
  } catch (e) {
    return { ok: false, error: toAppErrorData(e) }
  }
}

export function withDocumentActions(core: FiredeskApp, deps: DocumentShellDeps): Pick<FiredeskApp, 'invoke'> {
  const documentsDir = (): string => join(dataFolder(core.ctx), 'documents')
  return {
    invoke(name, args) {
      if (name === 'shell/openDocument') {
        return answer(async () => {
          const file = fileOf(core, parseArgs(targetSchema, args))
          return { opened: await deps.openFile(file.path, [documentsDir()]) }
        })
      }
      if (name === 'shell/saveAs') {
        return answer(async () => {
          const file = fileOf(core, parseArgs(targetSchema, args))
          const to = await deps.chooseSavePath(file.name)
          if (to === null) return { saved: false, path: null }
          await deps.copyFile(file.path, to)
          return { saved: true, path: to }
        })
      }
      return core.invoke(name, args)
    },
  }
}
