import { z } from 'zod'
import { handler } from '../registry'
import { generateDemo } from './generate'
import { demoPlace, enterDemo, leaveDemo } from './place'
import { demoLoadSchema } from './schema'

const none = z.strictObject({})

export const demoHandlers = [
  handler('demo/load', demoLoadSchema, (args, ctx) => generateDemo(ctx, args)),
  handler('demo/place', none, (_args, ctx) => demoPlace(ctx)),
  handler('demo/enter', none, (_args, ctx) => enterDemo(ctx)),
  handler('demo/leave', none, (_args, ctx) => leaveDemo(ctx)),
]
