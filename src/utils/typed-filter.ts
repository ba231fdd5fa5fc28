import { shallowRef } from 'vue'

/*
 * What a picker offers for what was typed: its label containing the text, as naive-ui filters, or,
 * for typed Latin letters, the pinyin of the label, its initials (wgyh → 违规用火用电用气) or whole,
 * as the unit picker finds units in the core. Labels are spelled once and kept: a picker asks for
 * every option on every key.
 *
 * The pinyin dictionary is large, so it is fetched when a picker is first focused rather than with
 * the first screen. The filter reads it through a ref: a list filtered before it came is filtered
 * again once it is there.
 */

const speller = shallowRef<((label: string) => string[]) | null>(null)
let loading: Promise<void> | null = null

export function loadPinyin(): Promise<void> {
  return (loading ??= import('pinyin-pro').then(({ pinyin }) => {
    const spelled = new Map<string, string[]>()
    speller.value = (label) => {
      let found = spelled.get(label)
      if (!found) {
        const syllables = pinyin(label, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) => s.toLowerCase().replace(/\s+/g, ''))
        spelled.set(label, (found = [syllables.map((s) => s.charAt(0)).join(''), syllables.join('')]))
      }
      return found
    }
  }))
}

export function offeredFor(typed: string, option: { label?: unknown; value?: unknown }): boolean {
  const text = typeof option.label === 'string' ? option.label : typeof option.value === 'string' || typeof option.value === 'number' ? String(option.value) : null
  if (text === null) return false
  const pattern = typed.trim().toLowerCase()
  if (text.toLowerCase().includes(pattern)) return true
  const letters = pattern.replace(/\s+/g, '')
  const spell = speller.value
  return spell !== null && /^[a-z]+$/.test(letters) && spell(text).some((s) => s.includes(letters))
}
