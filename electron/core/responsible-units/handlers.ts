import { handler } from '../registry'
import * as repo from './repo'
import { unitCreateSchema, unitListSchema, unitUpdateSchema, unitVoidSchema } from './schema'
import { createUnit, updateUnit, voidUnit } from './service'

export const responsibleUnitHandlers = [
  handler('responsibleUnits/list', unitListSchema, (args, ctx) => repo.list(ctx.db, args.includeVoided, args.unitType)),
  handler('responsibleUnits/create', unitCreateSchema, (args, ctx) => createUnit(ctx, args)),
  handler('responsibleUnits/update', unitUpdateSchema, (args, ctx) => updateUnit(ctx, args)),
  handler('responsibleUnits/void', unitVoidSchema, (args, ctx) => voidUnit(ctx, args)),
]
