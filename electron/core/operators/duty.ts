import type { Db } from '../db/open'
import { loadSettings } from '../settings/service'
import * as repo from './repo'
import { operatorRoles, type OnDuty } from './schema'

/**
 * Who is on duty: the operator chosen at start while it is still on the list; otherwise the
 * name in settings. That name may do every step in an office that keeps no operator list (it
 * works as before); once operators are listed, someone must be chosen to check or sign.
 */
export function onDuty(db: Db, operatorId: string | null): OnDuty {
  const o = operatorId === null ? undefined : repo.get(db, operatorId)
  if (o && o.voidedAt === null) return { operatorId: o.id, name: o.name, roles: o.roles }
  const roles = repo.countLive(db) === 0 ? [...operatorRoles] : (['drafter'] as const)
  return { operatorId: null, name: loadSettings(db).operatorName, roles: [...roles] }
}

/** The name alone, as every write records it (read often: no count of the operator list). */
export function dutyName(db: Db, operatorId: string | null): string {
  const o = operatorId === null ? undefined : repo.get(db, operatorId)
  return o && o.voidedAt === null ? o.name : loadSettings(db).operatorName
}
