import { ref } from 'vue'
import type { DocumentKindInfo } from '../../../electron/core/documents/register/types'
import type { DocumentKindCode } from '../../../electron/core/documents/types'
import { call } from '../../api'

/** The kinds with their forms, fetched once for the session; again after the numbering settings change. */
const kinds = ref<DocumentKindInfo[]>([])
let loading: Promise<DocumentKindInfo[]> | null = null

export function loadDocumentKinds(force = false): Promise<DocumentKindInfo[]> {
  if (force || !loading) {
    loading = call('documents/kinds', {}).then((k) => (kinds.value = k))
    loading.catch(() => (loading = null))
  }
  return loading
}

export function useDocumentKinds() {
  void loadDocumentKinds()
  const kindOf = (code: DocumentKindCode): DocumentKindInfo | undefined => kinds.value.find((k) => k.code === code)
  return { kinds, kindOf }
}
