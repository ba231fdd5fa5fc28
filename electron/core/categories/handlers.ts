import { handler } from '../registry'
import * as repo from './repo'
import { codeTableSchemas } from './schema'
import { createEntry, updateEntry, voidEntry } from './service'
import { caseCategoryTable as cc, subjectKindTable as sk } from './tables'

const category = codeTableSchemas(cc.label)
const kind = codeTableSchemas(sk.label)

/** 场所类别's live list for pickers stays subjectKinds/list (with the subjects); the whole table is subjectKinds/table. */
export const caseCategoryHandlers = [
  handler('caseCategories/list', category.list, (args, ctx) => repo.list(ctx.db, cc, args.includeVoided)),
  handler('caseCategories/create', category.create, (args, ctx) => createEntry(ctx, cc, args)),
  handler('caseCategories/update', category.update, (args, ctx) => updateEntry(ctx, cc, args)),
  handler('caseCategories/void', category.void, (args, ctx) => voidEntry(ctx, cc, args)),
  handler('subjectKinds/table', kind.list, (args, ctx) => repo.list(ctx.db, sk, args.includeVoided)),
  handler('subjectKinds/create', kind.create, (args, ctx) => createEntry(ctx, sk, args)),
  handler('subjectKinds/update', kind.update, (args, ctx) => updateEntry(ctx, sk, args)),
  handler('subjectKinds/void', kind.void, (args, ctx) => voidEntry(ctx, sk, args)),
]
