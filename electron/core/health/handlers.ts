import { z } from 'zod'
import { handler } from '../registry'
import { startup } from './service'

export const healthHandlers = [handler('app/startup', z.strictObject({}), (_args, ctx) => startup(ctx))]
