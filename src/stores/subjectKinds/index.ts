import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { SubjectKind } from '../../../electron/core/subjects/schema'
import { call } from '../../api'
import { kindOptions } from './shared'

/** 场所类别: an editable table in the core; read here for pickers and filters. */
export const useSubjectKindsStore = defineStore('subjectKinds', () => {
  const kinds = ref<SubjectKind[]>([])
  const options = computed(() => kindOptions(kinds.value))

  async function load(): Promise<void> {
    kinds.value = await call('subjectKinds/list', {})
  }

  return { kinds, options, load }
})
