import type { Db } from '../db/open'
import { countLive } from '../operators/repo'
import type { SetupState } from './schema'
import { loadSettings } from './service'

/**
 * Whether the first-run setup should open: until it is finished, unless the office already named
 * itself (a data folder from before the setup existed). It also says what is still missing, so
 * empty pages can point there.
 */
export function setupState(db: Db): SetupState {
  const named = db.prepare("SELECT 1 FROM settings WHERE key = 'officeName'").get() !== undefined
  const s = loadSettings(db)
  return {
    needed: !s.setupDone && !named,
    areas: db.prepare('SELECT count(*) FROM areas WHERE voided_at IS NULL').pluck().get() as number,
    operators: countLive(db),
  }
}
