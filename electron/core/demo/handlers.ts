import { handler } from '../registry'
import { generateDemo } from './generate'
import { demoLoadSchema } from './schema'

export const demoHandlers = [handler('demo/load', demoLoadSchema, (args, ctx) => generateDemo(ctx, args))]
