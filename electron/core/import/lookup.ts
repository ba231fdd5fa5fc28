import type { Db } from '../db/open'
import { liveAreas, liveCategories, liveKinds, type Named } from './repo'
import { matchKey } from './values/text'

/** A 村(社区) as ledgers write it: 「长江村」「长江」「长江村委会」 are one place. */
export const looseAreaKey = (name: string): string => matchKey(name).replace(/(村民委员会|居民委员会|村委会|居委会|社区|村)$/, '')

/** Names of a table (村(社区), 场所类别, 隐患类别) matched as people write them. */
export class NameTable {
  private readonly exact = new Map<string, Named>()
  private readonly loose = new Map<string, Named[]>()

  constructor(
    readonly rows: readonly Named[],
    private readonly looseKey: (name: string) => string,
  ) {
    for (const r of rows) {
      this.exact.set(matchKey(r.name), r)
      const k = looseKey(r.name)
      this.loose.set(k, [...(this.loose.get(k) ?? []), r])
    }
  }

  /** The exact name, else the only one that matches loosely. */
  find(name: string): Named | undefined {
    const hit = this.exact.get(matchKey(name))
    if (hit) return hit
    const loose = this.loose.get(this.looseKey(name))
    return loose?.length === 1 ? loose[0] : undefined
  }

  /** The only row whose name contains the text or is contained in it: 「夹芯板」 finds 易燃可燃材料装修/夹芯板. */
  findWithin(name: string): Named | undefined {
    const key = matchKey(name)
    if ([...key].length < 2) return undefined
    const hits = this.rows.filter((r) => {
      const k = matchKey(r.name)
      return k.includes(key) || key.includes(k)
    })
    return hits.length === 1 ? hits[0] : undefined
  }

  byId(id: string): Named | undefined {
    return this.rows.find((r) => r.id === id)
  }
}

/** The reference tables rows are matched against, read once per preview or commit. */
export interface Lookup {
  areas: NameTable
  kinds: NameTable
  categories: NameTable
  /** 「其他」 in each table: where an unknown name goes (null if the office has voided it). */
  otherKind: Named | null
  otherCategory: Named | null
}

export function loadLookup(db: Db): Lookup {
  const kinds = new NameTable(liveKinds(db), matchKey)
  const categories = new NameTable(liveCategories(db), matchKey)
  return {
    areas: new NameTable(liveAreas(db), looseAreaKey),
    kinds,
    categories,
    otherKind: kinds.find('其他') ?? null,
    otherCategory: categories.find('其他') ?? null,
  }
}
