import { pinyin } from 'pinyin-pro'
import type { Ctx } from '../context'
import type { Db } from '../db/open'
import * as repo from './repo'
import { subjectListSchema, type Subject } from './schema'

/*
 * The unit picker: typed Chinese finds names, addresses and people as the register's search
 * does; typed Latin letters find names by their pinyin, initials (hyl → 好运来) or whole
 * (haoyunlai). The pinyin of each name is computed once and kept while the name is unchanged.
 */

interface Spelled {
  name: string
  initials: string
  full: string
}

const spelled = new WeakMap<Db, Map<string, Spelled>>()

function spellingOf(name: string): Spelled {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) => s.toLowerCase().replace(/\s+/g, ''))
  return { name, initials: syllables.map((s) => s.charAt(0)).join(''), full: syllables.join('') }
}

function spellings(db: Db): [string, Spelled][] {
  let cache = spelled.get(db)
  if (!cache) spelled.set(db, (cache = new Map()))
  const rows = db.prepare('SELECT id, name FROM subjects WHERE voided_at IS NULL ORDER BY name').all() as { id: string; name: string }[]
  return rows.map((r) => {
    let s = cache.get(r.id)
    if (!s || s.name !== r.name) cache.set(r.id, (s = spellingOf(r.name)))
    return [r.id, s]
  })
}

export function pickSubjects(ctx: Ctx, text: string, limit: number): Subject[] {
  const typed = text.trim().toLowerCase().replace(/\s+/g, '')
  if (!/^[a-z]+$/.test(typed)) return repo.list(ctx.db, subjectListSchema.parse({ text: text.trim(), pageSize: limit })).rows
  const found: Subject[] = []
  for (const [id, s] of spellings(ctx.db)) {
    if (!s.initials.includes(typed) && !s.full.includes(typed)) continue
    const subject = repo.get(ctx.db, id)
    if (subject) found.push(subject)
    if (found.length >= limit) break
  }
  return found
}
