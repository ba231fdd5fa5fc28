import { z } from 'zod'
import { handler } from '../registry'
import { settingsUpdateSchema } from './schema'
import { loadSettings, updateSettings } from './service'
import { setupState } from './setup'

export const settingsHandlers = [
  handler('settings/get', z.strictObject({}), (_args, ctx) => loadSettings(ctx.db)),
  handler('settings/setupState', z.strictObject({}), (_args, ctx) => setupState(ctx.db)),
  handler('settings/update', settingsUpdateSchema, (args, ctx) => updateSettings(ctx, args)),
]
