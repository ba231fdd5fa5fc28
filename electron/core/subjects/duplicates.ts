import type { Ctx } from '../context'
import { AppError } from '../errors'
import { nameKey } from '../text'
import type { SubjectDuplicate } from './schema'

/*
 * A second record of the same unit splits its hazards, inspections and letters over two dossiers.
 * Names are stored tidied (normaliseName) and compared by their key (nameKey), so one typed with
 * a zero-width space, full-width letters or half-width brackets meets the other; addresses are
 * compared the same way. Two 「美宜佳便利店」 at different
 * addresses are two shops; at the same address — or where either address is blank — they are
 * likely one, and the user must say they are not.
 */

/** 「前街１２号，临街」 and 「前街12号,临街」 are one place. */
const samePlace = (a: string, b: string): boolean => nameKey(a) === nameKey(b)

/**
 * Names are compared by their key (nameKey), which SQL cannot compute: the live units are read
 * and keyed here — a few milliseconds for the 20 000 units of a large township, once per save.
 */
export function likelyDuplicates(ctx: Ctx, unit: { name: string; address: string }, self?: string): SubjectDuplicate[] {
  const key = nameKey(unit.name)
  const live = ctx.db
    .prepare(
      `SELECT s.id, s.name, s.address, a.name AS areaName FROM subjects s JOIN areas a ON a.id = s.area_id
        WHERE s.voided_at IS NULL AND s.id IS NOT ? ORDER BY s.created_at`,
    )
    .all(self ?? null) as Omit<SubjectDuplicate, 'sameAddress'>[]
  const sameName = live.filter((s) => nameKey(s.name) === key)
  const blank = nameKey(unit.address) === ''
  return sameName
    .map((s) => ({ ...s, sameAddress: !blank && samePlace(s.address, unit.address), sameCreditCode: false }))
    .filter((s) => s.sameAddress || blank || nameKey(s.address) === '')
}

/**
 * What the form shows when a save is refused: the likely duplicates by name, and the unit already
 * registered under the 统一社会信用代码 typed (one code is one legal entity: the unique index
 * refuses a second, so no confirmation lets it through), each once, each with a link to open.
 */
export function registeredTwins(ctx: Ctx, unit: { name: string; address: string; creditCode: string }, self?: string): SubjectDuplicate[] {
  const byName = likelyDuplicates(ctx, unit, self)
  const holder =
    unit.creditCode === ''
      ? undefined
      : (ctx.db
          .prepare(
            `SELECT s.id, s.name, s.address, a.name AS areaName FROM subjects s JOIN areas a ON a.id = s.area_id
              WHERE s.credit_code = ? AND s.voided_at IS NULL AND s.id IS NOT ?`,
          )
          .get(unit.creditCode, self ?? null) as Omit<SubjectDuplicate, 'sameAddress' | 'sameCreditCode'> | undefined)
  if (holder === undefined) return byName
  const twin = byName.find((s) => s.id === holder.id)
  return [{ ...holder, sameAddress: twin?.sameAddress ?? false, sameCreditCode: true }, ...byName.filter((s) => s.id !== holder.id)]
}

/** Refuses a likely duplicate unless the user confirmed it is a different unit; the message names each one. */
export function assertNotDuplicate(ctx: Ctx, unit: { name: string; address: string }, confirmed: boolean, self?: string): void {
  if (confirmed) return
  const found = likelyDuplicates(ctx, unit, self)
  if (found.length === 0) return
  const named = found.map((s) => `「${s.name}」（${s.areaName}${s.address === '' ? '，未填地址' : `，${s.address}`}）`).join('、')
  throw new AppError('CONFLICT', `已登记同名单位${named}，可能是同一单位。请先查看已登记的单位；确认是不同单位的，勾选“确认不是同一单位”后再保存`, 'confirmDuplicate')
}
