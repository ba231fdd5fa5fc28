import { join } from 'node:path'
import { z } from 'zod'
import { handler } from '../registry'
import { backupCreateSchema, backupFileSchema } from './schema'
import { createBackup, listBackups, requireDataDir, restoreBackup } from './service'
import { verifyBackup } from './verify'

export const backupHandlers = [
  handler('backup/create', backupCreateSchema, (args, ctx) => createBackup(ctx, { dir: args.dir, kind: 'manual' })),
  handler('backup/list', z.strictObject({}), (_args, ctx) => listBackups(ctx)),
  handler('backup/verify', backupFileSchema, (args, ctx) => verifyBackup(ctx, args.file, join(requireDataDir(ctx), `.verify-${ctx.newId()}`))),
  handler('backup/restore', backupFileSchema, (args, ctx) => restoreBackup(ctx, args.file)),
]
