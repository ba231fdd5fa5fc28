import { AppError } from '../errors'

/*
 * What every handler's input passes before its zod schema: a bounded walk that refuses input too
 * deep or too large to validate safely (3 000 levels of nesting overflowed the stack in deep
 * schemas) and removes control characters from every string (a NUL in search text broke the
 * full-text index). Tabs and line breaks stay: notes and minutes have paragraphs.
 */

export const INPUT_LIMITS = {
  depth: 32,
  nodes: 200_000,
  // Templates and photos arrive as base64 text: 64 M characters is above every cap on them.
  chars: 64 * 1024 * 1024,
} as const

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

const tooBig = (what: string): AppError => new AppError('VALIDATION', `输入${what}，已拒绝`)

/** A cleaned copy of `raw` (plain JSON data); throws a Chinese AppError when it is out of bounds. */
export function cleanInput(raw: unknown): unknown {
  let nodes = 0
  let chars = 0
  const walk = (value: unknown, depth: number): unknown => {
    if (++nodes > INPUT_LIMITS.nodes) throw tooBig(`的条目过多（超过 ${INPUT_LIMITS.nodes} 项）`)
    if (typeof value === 'string') {
      chars += value.length
      if (chars > INPUT_LIMITS.chars) throw tooBig('过大（超过 64M 个字符）')
      return value.replace(CONTROL, '')
    }
    if (value === null || typeof value !== 'object') return value
    if (depth >= INPUT_LIMITS.depth) throw tooBig(`的嵌套层数过多（超过 ${INPUT_LIMITS.depth} 层）`)
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1))
    const out: Record<string, unknown> = {}
    // defineProperty: a "__proto__" key stays a plain key instead of replacing the prototype.
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k.replace(CONTROL, ''), { value: walk(v, depth + 1), enumerable: true, writable: true, configurable: true })
    return out
  }
  return walk(raw, 0)
}
