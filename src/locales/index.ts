import { zhCN, type Locale } from './zh-CN'

/** Dotted paths to every string of the locale, e.g. 'subject.creditCode'. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type LocaleKey = Leaves<Locale>

function lookup(key: LocaleKey): string {
  let node: unknown = zhCN
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  return typeof node === 'string' ? node : key
}

/** The Chinese text for a key, with {placeholders} filled from params. */
export function t(key: LocaleKey, params?: Record<string, string | number>): string {
  const text = lookup(key)
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
