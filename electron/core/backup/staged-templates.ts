import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { AppError } from '../errors'
import { checkFileSize, templateCaps } from '../safety/file-caps'
import { checkOfficeZip } from '../safety/office-zip'
import type { Settings } from '../settings/schema'

/*
 * A backup's templates are staff's own .docx files, and a .docx is a zip of its own: the
 * archive's caps see only its outer size. Each staged template passes the same caps as an upload
 * before the restore swaps anything in, or a crafted one would inflate at the next issue.
 */
export async function checkStagedTemplates(stagingDir: string, settings: Settings): Promise<void> {
  const root = join(stagingDir, 'templates')
  if (!existsSync(root)) return
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue
    const file = join(d.parentPath, d.name)
    const name = relative(stagingDir, file).split(sep).join('/')
    const caps = { ...templateCaps(settings), label: `备份中的模板「${name}」`, field: 'file' }
    try {
      checkFileSize(statSync(file).size, caps)
      await checkOfficeZip(readFileSync(file), caps)
    } catch (e) {
      throw e instanceof AppError ? new AppError('VALIDATION', `${e.message}，未作任何改动`, 'file') : e
    }
  }
}
