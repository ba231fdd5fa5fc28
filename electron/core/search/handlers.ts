import { handler } from '../registry'
import { searchSchema } from './schema'
import { search } from './service'

export const searchHandlers = [handler('search/query', searchSchema, (args, ctx) => search(ctx, args.text, args.limit))]
