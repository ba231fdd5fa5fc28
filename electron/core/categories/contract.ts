import type { CodeCreate, CodeEntry, CodeListArgs, CodeUpdate, CodeVoid } from './schema'

/** The two code tables edited in 设置: 隐患类别 and 场所类别 (added, renamed, retired; never deleted). */
export interface CaseCategoriesContract {
  'caseCategories/list': { args: CodeListArgs; result: CodeEntry[] }
  'caseCategories/create': { args: CodeCreate; result: CodeEntry }
  'caseCategories/update': { args: CodeUpdate; result: CodeEntry }
  'caseCategories/void': { args: CodeVoid; result: CodeEntry }
  'subjectKinds/table': { args: CodeListArgs; result: CodeEntry[] }
  'subjectKinds/create': { args: CodeCreate; result: CodeEntry }
  'subjectKinds/update': { args: CodeUpdate; result: CodeEntry }
  'subjectKinds/void': { args: CodeVoid; result: CodeEntry }
}
