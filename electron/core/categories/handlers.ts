import { handler } from '../registry'
import * as repo from './repo'
import { categoryCreateSchema, categoryListSchema, categoryUpdateSchema, categoryVoidSchema } from './schema'
import { createCategory, updateCategory, voidCategory } from './service'

export const caseCategoryHandlers = [
  handler('caseCategories/list', categoryListSchema, (args, ctx) => repo.list(ctx.db, args.includeVoided)),
  handler('caseCategories/create', categoryCreateSchema, (args, ctx) => createCategory(ctx, args)),
  handler('caseCategories/update', categoryUpdateSchema, (args, ctx) => updateCategory(ctx, args)),
  handler('caseCategories/void', categoryVoidSchema, (args, ctx) => voidCategory(ctx, args)),
]
