import { onBeforeUnmount, reactive, ref, watch } from 'vue'
import type { ImportArgs, ImportField, ImportKind, ImportPreview, ImportReport } from '../../../electron/core/import/schema'
import { call, messageOf, on } from '../../api'
import { readBase64 } from '../../components/transfer/files'
import { t } from '../../locales'

export interface ImportChoice {
  kind: ImportKind
  defaultAreaId: string | null
  createAreas: boolean
  skipInvalid: boolean
}

/** Column letter → field chosen by the user ('' leaves the column out). */
export type ImportMapping = Record<string, ImportField | ''>

interface PickedFile {
  name: string
  dataBase64: string
}

/**
 * One import: the user's choices and file, the preview the core gives for them (asked again on
 * every change, nothing written), then the report of the commit.
 */
export function useImport() {
  const choice = reactive<ImportChoice>({ kind: 'cases', defaultAreaId: null, createAreas: false, skipInvalid: false })
  const file = ref<PickedFile | null>(null)
  const sheet = ref<string | null>(null)
  const mapping = ref<ImportMapping>({})
  const preview = ref<ImportPreview | null>(null)
  const report = ref<ImportReport | null>(null)
  /** Why the file could not be previewed (no header, an old .xls, a damaged file …). */
  const failure = ref('')
  const previewing = ref(false)
  const committing = ref(false)
  /** How far a big import is (rows planned, then written, of twice the rows), as the core tells it. */
  const progress = ref<{ done: number; total: number } | null>(null)
  onBeforeUnmount(on('import/progress', (p) => (progress.value = p as { done: number; total: number })))

  function args(f: PickedFile): ImportArgs {
    return {
      kind: choice.kind,
      fileName: f.name,
      dataBase64: f.dataBase64,
      mapping: mapping.value,
      createAreas: choice.createAreas,
      skipInvalid: choice.skipInvalid,
      ...(sheet.value ? { sheet: sheet.value } : {}),
      ...(choice.defaultAreaId ? { defaultAreaId: choice.defaultAreaId } : {}),
    }
  }

  /** Answers can overtake each other when choices change quickly: only the newest one is shown. */
  let latest = 0
  async function refresh(): Promise<void> {
    const f = file.value
    if (!f) return
    const mine = ++latest
    previewing.value = true
    progress.value = null
    try {
      const p = await call('import/preview', args(f))
      if (mine !== latest) return
      preview.value = p
      failure.value = ''
    } catch (e) {
      if (mine !== latest) return
      preview.value = null
      failure.value = messageOf(e)
    } finally {
      if (mine === latest) previewing.value = false
    }
  }

  /** A new file, sheet or kind has other columns: the user's mapping of the old ones is dropped. */
  function forgetColumns(): void {
    mapping.value = {}
    sheet.value = null
  }

  async function pick(picked: File): Promise<void> {
    report.value = null
    try {
      file.value = { name: picked.name, dataBase64: await readBase64(picked) }
    } catch {
      file.value = null
      preview.value = null
      failure.value = t('importPage.unreadable', { name: picked.name })
      return
    }
    forgetColumns()
  }

  function mapColumn(column: string, field: ImportField | ''): void {
    mapping.value = { ...mapping.value, [column]: field }
  }

  function chooseSheet(name: string): void {
    mapping.value = {}
    sheet.value = name
  }

  watch(() => choice.kind, forgetColumns)
  watch([file, () => ({ ...choice }), sheet, mapping], () => void refresh(), { deep: true })

  /** Writes the previewed rows; throws the core's refusal for the page to show. */
  async function commit(): Promise<void> {
    const f = file.value
    if (!f) return
    committing.value = true
    progress.value = null
    try {
      report.value = await call('import/commit', args(f))
      file.value = null
      preview.value = null
      forgetColumns()
    } finally {
      committing.value = false
      progress.value = null
    }
  }

  /** Stops an import being written: the core rolls its one transaction back, so nothing of it stays. */
  async function cancelCommit(): Promise<void> {
    await call('import/cancel', {})
  }

  /** Stops reading a file picked by mistake (a big one is read on a worker thread, seconds long); nothing was written. */
  async function cancel(): Promise<void> {
    latest++
    previewing.value = false
    file.value = null
    preview.value = null
    failure.value = ''
    await call('import/cancel', {})
  }

  function startOver(): void {
    report.value = null
    failure.value = ''
  }

  return { choice, file, sheet, mapping, preview, report, failure, previewing, committing, progress, pick, mapColumn, chooseSheet, commit, startOver, cancel, cancelCommit }
}
