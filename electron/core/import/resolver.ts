import type { Db } from '../db/open'
import { liveSubjects, type LiveSubject } from './repo'
import type { UnitDraft } from './unit'
import { matchKey } from './values/text'

/** A unit first met on a row of this file, to be created when the import is committed. */
export interface PendingSubject {
  draft: UnitDraft
  row: number
  /** Given when the import is written. */
  id: string | null
  areaId: string | null
}

export type SubjectMatch =
  | { existing: LiveSubject; by: 'creditCode' | 'nameAddress' | 'name' }
  | { pending: PendingSubject; by: 'creditCode' | 'nameAddress' | 'name' }

function push<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key)
  if (list) list.push(value)
  else m.set(key, [value])
}

const nameAddressKey = (name: string, address: string): string => `${matchKey(name)}\u0001${matchKey(address)}`

/**
 * Finds the unit a row is about: by 统一社会信用代码, else by name and address, else (when the row
 * gives no address) by a name only one unit has. Units of earlier rows of the file count too, so
 * one unit on many rows becomes one subject.
 */
export class SubjectResolver {
  private readonly byCode = new Map<string, LiveSubject>()
  private readonly byNameAddress = new Map<string, LiveSubject>()
  private readonly byName = new Map<string, LiveSubject[]>()
  private readonly pendingByCode = new Map<string, PendingSubject>()
  private readonly pendingByNameAddress = new Map<string, PendingSubject>()
  private readonly pendingByName = new Map<string, PendingSubject[]>()
  readonly pending: PendingSubject[] = []

  constructor(db: Db) {
    for (const s of liveSubjects(db)) {
      if (s.creditCode) this.byCode.set(s.creditCode, s)
      const key = nameAddressKey(s.name, s.address)
      if (!this.byNameAddress.has(key)) this.byNameAddress.set(key, s)
      push(this.byName, matchKey(s.name), s)
    }
  }

  find(d: UnitDraft): SubjectMatch | null {
    if (d.creditCode !== '') {
      const existing = this.byCode.get(d.creditCode)
      if (existing) return { existing, by: 'creditCode' }
      const pending = this.pendingByCode.get(d.creditCode)
      if (pending) return { pending, by: 'creditCode' }
    }
    const key = nameAddressKey(d.name, d.address)
    const existing = this.byNameAddress.get(key)
    if (existing) return { existing, by: 'nameAddress' }
    const pending = this.pendingByNameAddress.get(key)
    if (pending) return { pending, by: 'nameAddress' }
    if (d.address !== '') return null
    const sameName = this.byName.get(matchKey(d.name)) ?? []
    if (sameName.length === 1 && sameName[0]) return { existing: sameName[0], by: 'name' }
    const pendingName = this.pendingByName.get(matchKey(d.name)) ?? []
    if (pendingName.length === 1 && pendingName[0]) return { pending: pendingName[0], by: 'name' }
    return null
  }

  add(draft: UnitDraft, row: number): PendingSubject {
    const p: PendingSubject = { draft, row, id: null, areaId: null }
    this.pending.push(p)
    if (draft.creditCode !== '') this.pendingByCode.set(draft.creditCode, p)
    this.pendingByNameAddress.set(nameAddressKey(draft.name, draft.address), p)
    push(this.pendingByName, matchKey(draft.name), p)
    return p
  }
}
