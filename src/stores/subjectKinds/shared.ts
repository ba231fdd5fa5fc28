import type { SelectOption } from 'naive-ui'
import type { SubjectKind } from '../../../electron/core/subjects/schema'

export const kindOptions = (kinds: readonly SubjectKind[]): SelectOption[] =>
  [...kinds].sort((a, b) => a.sortOrder - b.sortOrder).map((k) => ({ label: k.name, value: k.id }))
