import type { Page } from '../paging'
import type { Subject, SubjectCreate, SubjectKind, SubjectListArgs, SubjectUpdate, SubjectVoid } from './schema'

export interface SubjectsContract {
  'subjects/create': { args: SubjectCreate; result: Subject }
  'subjects/update': { args: SubjectUpdate; result: Subject }
  'subjects/void': { args: SubjectVoid; result: Subject }
  'subjects/get': { args: { id: string }; result: Subject }
  'subjects/list': { args: SubjectListArgs; result: Page<Subject> }
  'subjectKinds/list': { args: Record<string, never>; result: SubjectKind[] }
}
