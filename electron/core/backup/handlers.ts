import { z } from 'zod'
import { handler } from '../registry'
import { backupCreateSchema, backupFileSchema } from './schema'
import { cancelBackupWork, createBackup, listBackups, restoreBackup, verifyBackup } from './service'

export const backupHandlers = [
  handler('backup/create', backupCreateSchema, (args, ctx) => createBackup(ctx, { dir: args.dir, kind: 'manual' })),
  handler('backup/list', z.strictObject({}), (_args, ctx) => listBackups(ctx)),
  handler('backup/verify', backupFileSchema, (args, ctx) => verifyBackup(ctx, args.file)),
  handler('backup/restore', backupFileSchema, (args, ctx) => restoreBackup(ctx, args.file)),
  handler('backup/cancel', z.strictObject({}), (_args, ctx) => cancelBackupWork(ctx)),
]
