import type { RiskColor, SubjectFacts } from '../subjects/schema'
import { creditCodeMessages, creditCodeProblem, normalizeCreditCode } from '../subjects/credit-code'
import { normaliseName } from '../text'
import type { Lookup } from './lookup'
import type { RowReader } from './reader'
import type { ImportField } from './schema'
import { readPhone } from './values/phone'
import { readFlag, readRiskColor } from './values/vocab'

/** Where a unit's 村(社区) comes from: a registered one, one to create, or none to be had. */
export type AreaChoice = { id: string; name: string } | { create: string } | { missing: string }

/** A unit as a row describes it, before it is matched to a registered subject. */
export interface UnitDraft extends SubjectFacts {
  name: string
  kindId: string
  area: AreaChoice
}

export interface UnitOptions {
  defaultArea: { id: string; name: string } | null
  createAreas: boolean
}

function readArea(r: RowReader, lookup: Lookup, opts: UnitOptions): AreaChoice {
  const text = r.text('area', 40)
  if (text === '') return opts.defaultArea ?? { missing: '未填写所属村(社区)' }
  const hit = lookup.areas.find(text)
  if (hit) return hit
  if (opts.createAreas) return { create: text }
  return { missing: `村(社区)「${text}」未登记（可先在“村(社区)”中添加，或选择导入时新建）` }
}

function readKind(r: RowReader, lookup: Lookup): string {
  const text = r.text('kind', 40)
  const hit = text === '' ? undefined : (lookup.kinds.find(text) ?? lookup.kinds.findWithin(text))
  if (hit) return hit.id
  if (!lookup.otherKind) {
    r.error('kind', text === '' ? '未填写场所类别' : `场所类别「${text}」未登记`)
    return ''
  }
  if (text !== '') r.warn('kind', `场所类别「${text}」未登记，归入「${lookup.otherKind.name}」`)
  return lookup.otherKind.id
}

function readCreditCode(r: RowReader): string {
  const code = normalizeCreditCode(r.text('creditCode', 40))
  const problem = code === '' ? null : creditCodeProblem(code)
  if (problem === null) return code
  r.warn('creditCode', `${creditCodeMessages[problem]}；此代码不导入，按名称和地址匹配单位`)
  return ''
}

/** A phone cell: the first valid number; anything else is kept in the notes rather than lost. */
function readPhoneField(r: RowReader, field: ImportField, notes: string[]): string {
  const cell = r.text(field, 100)
  const p = readPhone(cell)
  if (p.mangled) r.warn(field, `「${cell}」已被 Excel 改成科学计数法，号码无法还原，请在 Excel 中把该列设为文本后重新填写`)
  else if (p.phone === '' && cell !== '') r.warn(field, `无法识别的电话号码「${cell}」，已放入备注`)
  if (p.rest.length > 0 && !p.mangled) notes.push(`${r.label(field)}：${p.rest.join('、')}`)
  return p.phone
}

function readColor(r: RowReader): RiskColor {
  const text = r.text('riskColor', 10)
  if (text === '') return 'green'
  const color = readRiskColor(text)
  if (color === null) r.warn('riskColor', `无法识别的风险分类「${text}」（应为 红、黄、灰、绿），按「绿」导入`)
  return color ?? 'green'
}

function readKey(r: RowReader): boolean {
  const text = r.text('isKey', 10)
  if (text === '') return false
  const flag = readFlag(text)
  if (flag === null) r.warn('isKey', `无法识别的「${text}」（应为 是 或 否），按「否」导入`)
  return flag ?? false
}

/** The unit fields of a row; problems go to the reader. */
export function readUnit(r: RowReader, lookup: Lookup, opts: UnitOptions, ownNotes: boolean): UnitDraft {
  const notes: string[] = []
  const own = ownNotes ? r.block('notes', 1000) : ''
  if (own !== '') notes.push(own)
  const draft: UnitDraft = {
    name: normaliseName(r.text('name', 100, true)),
    kindId: readKind(r, lookup),
    area: readArea(r, lookup, opts),
    grid: r.text('grid', 40),
    address: r.text('address', 200),
    creditCode: readCreditCode(r),
    responsibleName: r.text('responsibleName', 20),
    responsiblePhone: readPhoneField(r, 'responsiblePhone', notes),
    managerName: r.text('managerName', 20),
    managerPhone: readPhoneField(r, 'managerPhone', notes),
    riskColor: readColor(r),
    isKey: readKey(r),
    notes: '',
  }
  draft.notes = notes.join('\n').slice(0, 1000)
  return draft
}
