import { handler } from '../registry'
import { areaNamesFromSheet, areaNamesSchema, areaSheetSchema, createAreas } from './many'
import * as repo from './repo'
import { areaCreateSchema, areaListSchema, areaUpdateSchema, areaVoidSchema } from './schema'
import { createArea, updateArea, voidArea } from './service'

export const areaHandlers = [
  handler('areas/list', areaListSchema, (args, ctx) => repo.list(ctx.db, args.includeVoided)),
  handler('areas/create', areaCreateSchema, (args, ctx) => createArea(ctx, args)),
  handler('areas/update', areaUpdateSchema, (args, ctx) => updateArea(ctx, args)),
  handler('areas/createMany', areaNamesSchema, (args, ctx) => createAreas(ctx, args.names)),
  handler('areas/namesFromSheet', areaSheetSchema, (args, ctx) => areaNamesFromSheet(ctx, args.fileName, args.dataBase64)),
  handler('areas/void', areaVoidSchema, (args, ctx) => voidArea(ctx, args)),
]
