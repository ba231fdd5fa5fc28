import type { Ctx } from '../../context'
import { loadSettings } from '../../settings/service'
import { templateInUse } from '../../templates/store'
import { fileNameOf } from '../register/files'
import { checkData, renderSettingsOf } from '../register/issue'
import { documentFile } from '../register/service'
import { render } from '../render'
import type { DocumentFile } from '../register/types'
import { draftRow, toRecord } from './service'

/**
 * The exact document at each step: a signed draft shows its registered file; a pending one is
 * rendered with the template in use and the 文号 it would take if signed now.
 */
export function previewDraft(ctx: Ctx, id: string): DocumentFile {
  const r = draftRow(ctx, id)
  if (r.document_id !== null) return documentFile(ctx, r.document_id)
  const settings = loadSettings(ctx.db)
  const record = toRecord(ctx, r, settings)
  const { checked } = checkData(r.kind, record.data, settings)
  const data = record.number === null ? checked : { ...checked, number: record.number }
  const bytes = render(r.kind, data, renderSettingsOf(settings), { template: templateInUse(ctx, r.kind).bytes })
  return { fileName: fileNameOf(`${r.title}（送审稿）`), sha256: '', base64: bytes.toString('base64') }
}
