import type { Page } from '../paging'
import type { Subject, SubjectCreate, SubjectDuplicate, SubjectDuplicatesArgs, SubjectKind, SubjectListArgs, SubjectUpdate, SubjectVoid } from './schema'

export interface SubjectsContract {
  'subjects/create': { args: SubjectCreate; result: Subject }
  'subjects/update': { args: SubjectUpdate; result: Subject }
  'subjects/void': { args: SubjectVoid; result: Subject }
  /** Live units of the same name at the same address (or with a blank one): create and update refuse them unless confirmDuplicate. */
  'subjects/duplicates': { args: SubjectDuplicatesArgs; result: SubjectDuplicate[] }
  'subjects/get': { args: { id: string }; result: Subject }
  'subjects/list': { args: SubjectListArgs; result: Page<Subject> }
  /** The unit picker: live units by typed name, address or person, or by the pinyin of the name. */
  'subjects/pick': { args: { text?: string; limit?: number }; result: Subject[] }
  'subjectKinds/list': { args: Record<string, never>; result: SubjectKind[] }
}
