import type { Db } from '../../db/open'
import { AppError } from '../../errors'
import { formatDocNumber } from '../format'
import * as repo from './repo'

const TAIL = '〔{年}〕{n}号'

/**
 * The 代字 of a pattern: 柳市消安委办函〔{年}〕{n}号 → 柳市消安委办函. Kinds whose patterns share a
 * 代字 share one sequence per year (警示函 and 函告 both count 函〔2024〕1号, 2号, …).
 */
export function prefixOf(pattern: string): string {
  if (!pattern.endsWith(TAIL) || pattern.length === TAIL.length) {
    throw new AppError('VALIDATION', `文号格式「${pattern}」应写成“代字〔{年}〕{n}号”，请在文书设置中修改`, 'numberPattern')
  }
  return pattern.slice(0, -TAIL.length)
}

/** The number the next issue of this pattern and year would take (not reserved). */
export function peekNumber(db: Db, pattern: string, year: number): string {
  const prefix = prefixOf(pattern)
  return formatDocNumber({ prefix, year, seq: repo.lastSeq(db, prefix, year) + 1 })
}
