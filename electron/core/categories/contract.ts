import type { CaseCategory, CaseCategoryCreate, CaseCategoryListArgs, CaseCategoryUpdate, CaseCategoryVoid } from './schema'

export interface CaseCategoriesContract {
  'caseCategories/list': { args: CaseCategoryListArgs; result: CaseCategory[] }
  'caseCategories/create': { args: CaseCategoryCreate; result: CaseCategory }
  'caseCategories/update': { args: CaseCategoryUpdate; result: CaseCategory }
  'caseCategories/void': { args: CaseCategoryVoid; result: CaseCategory }
}
