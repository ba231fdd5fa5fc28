import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Ctx } from '../context'
import { AppError } from '../errors'
import { DB_FILE } from '../paths'
import { updateSettings } from '../settings/service'
import { generateDemo, isEmptyLedger } from './generate'
import type { DemoPlace } from './schema'

/*
 * The example data lives in a folder of its own inside the office's data folder: loading it never
 * writes into the office's file, and leaving it opens the office's file again as it was. Inside
 * the data folder, the demo is covered by the same writer lock, and backups and restores (which
 * take the database, attachments, templates and documents by name) neither carry nor replace it.
 */
export const DEMO_FOLDER = 'demo'

const demoDirOf = (home: string): string => join(home, DEMO_FOLDER)

/** Who was on duty in the office's data when the demo was opened: on duty again on leaving it. */
const dutyAtHome = new WeakMap<Ctx, string | null>()

function homeOf(ctx: Ctx): string {
  if (ctx.homeDir === null) throw new AppError('ILLEGAL_STATE', '内存中的数据库没有数据文件夹，不能打开示例数据', 'demo')
  return ctx.homeDir
}

export function demoPlace(ctx: Ctx): DemoPlace {
  const active = ctx.homeDir !== null && ctx.dataDir !== null && resolve(ctx.dataDir) === resolve(demoDirOf(ctx.homeDir))
  return { active }
}

/**
 * Opens the demo folder, filling it with example data when it is empty (the first time, or after
 * the folder was deleted by hand). The setup is marked done there: the example is to look around.
 */
export function enterDemo(ctx: Ctx): DemoPlace {
  const home = homeOf(ctx)
  if (demoPlace(ctx).active) return { active: true }
  const onDuty = ctx.session.operatorId
  ctx.moveTo(demoDirOf(home))
  dutyAtHome.set(ctx, onDuty)
  try {
    if (isEmptyLedger(ctx)) {
      updateSettings(ctx, { setupDone: true })
      generateDemo(ctx, { subjects: 300, cases: 1_500, seed: 1 })
    }
  } catch (e) {
    leaveDemo(ctx)
    throw e
  }
  return { active: true }
}

/**
 * The demo folder deleted by hand while it is open (统信UOS and 麒麟 let a folder with an open file
 * go): the next call finds its file gone, opens the office's data again and refuses itself, so
 * that nothing meant for the example lands in the office's file; the window is told to start afresh.
 */
export function checkDemoFolder(ctx: Ctx): void {
  if (ctx.dataDir === null || !demoPlace(ctx).active || existsSync(join(ctx.dataDir, DB_FILE))) return
  leaveDemo(ctx)
  ctx.emit('demo/gone', {})
  throw new AppError('ILLEGAL_STATE', '示例数据文件夹已被删除，已回到本办数据；本办数据未受影响。', 'demo')
}

/** Back to the office's own data, which the demo never touched. */
export function leaveDemo(ctx: Ctx): DemoPlace {
  if (!demoPlace(ctx).active) return { active: false }
  ctx.moveTo(homeOf(ctx))
  ctx.session.operatorId = dutyAtHome.get(ctx) ?? null
  return { active: false }
}
