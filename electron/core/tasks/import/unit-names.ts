/**
 * Reading a 责任单位 cell: "各社区、政法办（消防）、公安分局（派出所）" → its names, in order.
 * Names are NFKC-normalised as written; a group (各村（社区）, 各有关单位) stays one name.
 */

export type UnitGroup = 'villages' | 'campaign_units'

/** 各村（社区） = every village; 各有关单位 = the units of the campaign. */
export function groupOf(name: string): UnitGroup | null {
  const n = name.normalize('NFKC').replace(/\s/g, '')
  if (/^各(村|社区|村居|行政村|村\(社区\)|村\(居\)|社区\(村\)|村社区|村、社区)(委会)?$/.test(n)) return 'villages'
  if (/^(各)?(有关|相关)(单位|部门|科室)$|^各(单位|部门|科室)$/.test(n)) return 'campaign_units'
  return null
}

const SEPARATORS = /[、，,；;／/\n]+|\s{1,}/

/** Splits a cell into names at 、，； and line breaks; parentheses keep what is inside them. */
export function splitUnitCell(cell: string): string[] {
  const s = cell.normalize('NFKC').trim()
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of s) {
    if (ch === '(') depth++
    if (ch === ')') depth = Math.max(0, depth - 1)
    if (depth === 0 && SEPARATORS.test(ch)) {
      if (cur.trim() !== '') out.push(cur.trim())
      cur = ''
    } else cur += ch
  }
  if (cur.trim() !== '') out.push(cur.trim())
  return out.map((n) => n.replace(/^(牵头|配合)[:：]/, '').replace(/[。.等]+$/, '')).filter((n) => n !== '')
}

export type NameReading =
  | { kind: 'one'; name: string }
  | { kind: 'split'; name: string; parts: string[] }
  | { kind: 'runTogether'; name: string; known: string }

/**
 * Whether a name not known as a whole is two or more known names run together without 、:
 * split when every part is known, flagged when only some are. A part is known when registered or
 * written on its own elsewhere in the list (isKnown); the whole only when registered.
 */
export function readRunTogether(name: string, isRegistered: (n: string) => boolean, isKnown: (n: string) => boolean): NameReading {
  if (isRegistered(name) || groupOf(name) !== null) return { kind: 'one', name }
  const chars = [...name]
  // best[i]: the fewest known names that make up chars[0..i), or null.
  const best: (string[] | null)[] = [[]]
  for (let i = 1; i <= chars.length; i++) {
    best[i] = null
    for (let j = Math.max(0, i - 30); j < i; j++) {
      const prev = best[j]
      const part = chars.slice(j, i).join('')
      if (prev !== null && prev !== undefined && part.length >= 2 && isKnown(part) && (best[i] === null || prev.length + 1 < best[i]!.length)) {
        best[i] = [...prev, part]
      }
    }
  }
  const whole = best[chars.length]
  if (whole !== null && whole !== undefined && whole.length >= 2) return { kind: 'split', name, parts: whole }
  for (let k = 2; k < chars.length - 1; k++) {
    const head = chars.slice(0, k).join('')
    const tail = chars.slice(k).join('')
    // The other part must read as a name of its own, not as the known one's note: 政法办(消防).
    if (tail.length >= 2 && !head.endsWith('(') && isKnown(tail)) return { kind: 'runTogether', name, known: tail }
    if (head.length >= 2 && !tail.startsWith('(') && isKnown(head)) return { kind: 'runTogether', name, known: head }
  }
  return { kind: 'one', name }
}
