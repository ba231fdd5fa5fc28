import { call } from '../../api'
import { useCaseCategoriesStore } from '../../components/cases/categories'
import { useAreasStore } from '../../stores/areas'
import { useSettingsStore } from '../../stores/settings'
import { useSubjectKindsStore } from '../../stores/subjectKinds'

/**
 * After a restore every store holds the replaced data: read them again, so the header, pickers and
 * filters show the restored settings, villages and categories. Pages load their lists on opening.
 */
export async function reloadStores(): Promise<void> {
  const categories = useCaseCategoriesStore()
  await Promise.all([
    useSettingsStore().load(),
    useAreasStore().load(),
    useSubjectKindsStore().load(),
    call('caseCategories/list', {}).then((rows) => {
      categories.categories = rows
    }),
  ])
}
