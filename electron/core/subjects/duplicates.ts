import type { Ctx } from '../context'
import { AppError } from '../errors'
import { normaliseName } from '../text'
import type { SubjectDuplicate } from './schema'

/*
 * A second record of the same unit splits its hazards, inspections and letters over two dossiers.
 * Names are stored normalised (normaliseName), so one typed with a zero-width space or full-width
 * letters meets the other by plain equality; addresses keep their Chinese punctuation as written
 * and are compared normalised. Two 「美宜佳便利店」 at different
 * addresses are two shops; at the same address — or where either address is blank — they are
 * likely one, and the user must say they are not.
 */

/** 「前街１２号，临街」 and 「前街12号,临街」 are one place. */
const samePlace = (a: string, b: string): boolean => normaliseName(a) === normaliseName(b)

export function likelyDuplicates(ctx: Ctx, unit: { name: string; address: string }, self?: string): SubjectDuplicate[] {
  const sameName = ctx.db
    .prepare(
      `SELECT s.id, s.name, s.address, a.name AS areaName FROM subjects s JOIN areas a ON a.id = s.area_id
        WHERE s.name = ? AND s.voided_at IS NULL AND s.id IS NOT ? ORDER BY s.created_at`,
    )
    .all(normaliseName(unit.name), self ?? null) as Omit<SubjectDuplicate, 'sameAddress'>[]
  const blank = normaliseName(unit.address) === ''
  return sameName
    .map((s) => ({ ...s, sameAddress: !blank && samePlace(s.address, unit.address) }))
    .filter((s) => s.sameAddress || blank || normaliseName(s.address) === '')
}

/** Refuses a likely duplicate unless the user confirmed it is a different unit; the message names each one. */
export function assertNotDuplicate(ctx: Ctx, unit: { name: string; address: string }, confirmed: boolean, self?: string): void {
  if (confirmed) return
  const found = likelyDuplicates(ctx, unit, self)
  if (found.length === 0) return
  const named = found.map((s) => `「${s.name}」（${s.areaName}${s.address === '' ? '，未填地址' : `，${s.address}`}）`).join('、')
  throw new AppError('CONFLICT', `已登记同名单位${named}，可能是同一单位。请先查看已登记的单位；确认是不同单位的，勾选“确认不是同一单位”后再保存`, 'confirmDuplicate')
}
