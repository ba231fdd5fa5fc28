import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import type { Db } from '../db/open'
import * as repo from './repo'
import { settingsSchema, settingsShape, type Settings } from './schema'

/** Stored values over defaults; a stored value that no longer validates falls back to its default. */
export function loadSettings(db: Db): Settings {
  const stored = repo.readAll(db)
  const known = Object.fromEntries(
    Object.entries(stored).filter(([k, v]) => k in settingsShape && settingsShape[k as keyof typeof settingsShape].safeParse(v).success),
  )
  return settingsSchema.parse(known)
}

export function updateSettings(ctx: Ctx, patch: Partial<Settings>): Settings {
  return inTx(ctx, () => {
    const before = loadSettings(ctx.db)
    const changed = Object.entries(patch).filter(([k, v]) => v !== undefined && before[k as keyof Settings] !== v)
    const { at, by } = stamp(ctx)
    for (const [k, v] of changed) repo.write(ctx.db, k, v, at, by)
    if (changed.length > 0) {
      audit(ctx, {
        action: 'update',
        entity: 'settings',
        entityId: 'settings',
        data: Object.fromEntries(changed.map(([k, v]) => [k, { from: before[k as keyof Settings], to: v }])),
      })
    }
    return loadSettings(ctx.db)
  })
}
