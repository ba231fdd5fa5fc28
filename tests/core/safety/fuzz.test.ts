import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { allHandlers } from '../../../electron/core/handlers'
import { testApp } from '../helpers'

/*
 * Every handler, fed random and hostile JSON: NUL and control characters, huge strings, deep
 * nesting, wrong types, far dates, traversal paths. Only AppErrors may come back (never the
 * generic internal error), their messages plain Chinese without type names or zod's wording,
 * and a refused call leaves the data as it was.
 */

function deep(levels: number): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v }
  return v
}

const HUGE = 'x'.repeat(1_000_000)
const hostile: unknown[] = [
  null,
  true,
  -1,
  1e308,
  0.5,
  '',
  'a\u0000b',
  '\u0000'.repeat(10),
  '五金\u0000店\u0007',
  HUGE,
  '2099-12-31',
  '../../../etc/passwd',
  'C:\\Windows\\system32',
  '<script>alert(1)</script>',
  '鑫达\u200b五金店',
  [],
  ['a\u0000', 1, null],
  {},
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  deep(3000),
  deep(40),
]

/** What each field gets on its own (the whole list goes in as the args themselves). */
const perField: unknown[] = [null, -1, 'a\u0000b', HUGE, '2099-12-31', '../../../etc/passwd', [], {}, deep(3000)]

/** A tiny seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const keysOf = (schema: z.ZodType): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : ['id', 'kind', 'data', 'batchId'])

const TYPE_WORDS = /\b(string|number|boolean|undefined|object|array|expected|received|instanceof|NaN|Invalid)\b|期望|无效输入/

describe('every handler under hostile input', () => {
  it('answers only Chinese AppErrors and changes nothing when it refuses', { timeout: 120_000 }, async () => {
    const app = testApp()
    const area = await app.call('areas/create', { name: '长江村' })
    await app.call('subjects/create', { name: '鑫达五金店', kindId: 'sk01', areaId: area.id })
    const tables = app.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'").pluck().all() as string[]
    const fingerprint = app.ctx.db.prepare(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")`).join(" || ',' || ")}`).pluck()
    const next = random(13)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T
    const problems: string[] = []
    let calls = 0
    for (const def of allHandlers) {
      // Loading the example data is a long job by design; its input is fuzzed, not its success.
      if (def.name === 'demo/load') continue
      const keys = keysOf(def.schema)
      const inputs: unknown[] = [...hostile]
      for (const key of keys) for (const v of perField) inputs.push({ [key]: v })
      for (let i = 0; i < 10; i++) inputs.push(Object.fromEntries(keys.filter(() => next() < 0.6).map((k) => [k, pick(hostile)])))
      for (const input of inputs) {
        const before = fingerprint.get()
        const r = await app.invoke(def.name, input)
        calls++
        if (r.ok) continue
        // Only a problem is shown: stringifying the 1 MB input of every refusal took most of the test's time.
        const shown = (): string => JSON.stringify(input).slice(0, 80)
        if (r.error.code === 'INTERNAL') problems.push(`${def.name} ${shown()}: internal error`)
        else if (!/[\u4e00-\u9fff]/.test(r.error.message) || TYPE_WORDS.test(r.error.message)) problems.push(`${def.name} ${shown()}: ${r.error.message}`)
        if (fingerprint.get() !== before) problems.push(`${def.name} ${shown()}: refused but changed the data`)
      }
    }
    expect(problems.slice(0, 20)).toEqual([])
    expect(calls).toBeGreaterThan(3000)
    app.close()
  })
})
