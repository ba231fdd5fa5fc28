import type { Page } from '../paging'
import type { Subject, SubjectCreate, SubjectKind, SubjectListArgs, SubjectUpdate, SubjectVoid } from './schema'

export interface SubjectsContract {
  'subjects/create': { args: SubjectCreate; result: Subject }
  'subjects/update': { args: SubjectUpdate; result: Subject }
  'subjects/void': { args: SubjectVoid; result: Subject }
  'subjects/get': { args: { id: string }; result: Subject }
  'subjects/list': { args: SubjectListArgs; result: Page<Subject> }
  /** The unit picker: live units by typed name, address or person, or by the pinyin of the name. */
  'subjects/pick': { args: { text?: string; limit?: number }; result: Subject[] }
  'subjectKinds/list': { args: Record<string, never>; result: SubjectKind[] }
}
