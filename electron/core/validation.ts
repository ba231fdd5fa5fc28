import { z } from 'zod'
import { AppError } from './errors'
import { normaliseName } from './text'

/*
 * Field builders with Chinese messages that name the field. Every schema at the API boundary is
 * made of these, so that any rejection tells the user which field and what is wrong.
 */

/**
 * Zod's own messages (where a schema gives none) name types and codes — "期望 string，实际接收
 * number" — which mean nothing to staff; these say what is wrong in plain Chinese. The field
 * travels beside the message (AppError.field), so the form marks it.
 */
const plainMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少必填的内容' : '填写的内容类型不对'
    case 'invalid_value':
      return '取值无效，请从列表中选择'
    case 'too_big':
      return `内容过长或数值过大（上限 ${String(issue.maximum)}）`
    case 'too_small':
      return `内容过短或数值过小（下限 ${String(issue.minimum)}）`
    case 'invalid_format':
      return '格式不正确'
    case 'unrecognized_keys':
      return '有不认识的字段'
    default:
      return '输入有误'
  }
}

z.config({ ...z.locales.zhCN(), customError: plainMessage })

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/

export const text = (label: string, max = 200) =>
  z.string({ error: `${label}必须是文字` }).trim().max(max, `${label}不能超过${max}个字`)

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`)

/**
 * A name as stored (a unit, a village, a grid, a person): normalised first (normaliseName), so
 * a pasted zero-width space or a full-width letter never makes a second 「好运来小吃店」; then
 * required and bounded like any text.
 */
export const requiredName = (label: string, max = 100) =>
  z
    .string({ error: `请填写${label}` })
    .transform(normaliseName)
    .pipe(z.string().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`))

export const id = (label: string) => z.string({ error: `请选择${label}` }).min(1, `请选择${label}`).max(64)

export const oneOf = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label}的取值无效，请从列表中选择` })

export const flag = (label: string) => z.boolean({ error: `${label}必须是“是”或“否”` })

export const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .min(1, `请填写${label}`)
    .regex(isoDatePattern, `${label}格式应为 YYYY-MM-DD`)
    .refine(isRealDate, `${label}不是有效日期`)

export function isRealDate(s: string): boolean {
  if (!isoDatePattern.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** Mobile (11 digits from 13–19) or landline with optional area code and extension. */
export const phonePattern = /^(1[3-9]\d{9}|(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?)$/

export const phone = (label: string) =>
  z
    .string({ error: `${label}必须是文字` })
    .trim()
    .refine((s) => s === '' || phonePattern.test(s), `${label}格式不正确（手机号11位，或座机如 0577-61234567）`)

export const page = () => z.number({ error: '页码必须是数字' }).int('页码必须是整数').min(1, '页码从1开始').default(1)
export const pageSize = (max = 200) =>
  z.number({ error: '每页条数必须是数字' }).int().min(1, '每页条数至少为1').max(max, `每页条数不能超过${max}`).default(20)

/**
 * Validates handler args. The first problem becomes an AppError naming its field; every field at
 * fault (the first message for each) travels with it, so a form shows them all at once.
 */
export function parseArgs<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw ?? {})
  if (r.success) return r.data
  const issue = r.error.issues[0]
  if (issue?.code === 'unrecognized_keys') {
    throw new AppError('VALIDATION', `不认识的字段：${issue.keys.join('、')}`, issue.keys[0])
  }
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined
  const issues = new Map<string, string>()
  for (const i of r.error.issues) {
    const path = i.path.map(String).join('.')
    if (path !== '' && !issues.has(path)) issues.set(path, i.message)
  }
  const all = [...issues].map(([f, message]) => ({ field: f, message }))
  throw new AppError('VALIDATION', issue?.message ?? '输入有误', field, all)
}

type Shape = Record<string, z.ZodType>

/**
 * Adds defaults to some fields of a shape, for create schemas. Update schemas use the bare shape
 * made partial: zod applies a default even inside `.partial()`, which would blank every field an
 * update does not send.
 */
export function withDefaults<S extends Shape, D extends { [K in keyof S]?: z.output<S[K]> }>(
  shape: S,
  defaults: D,
): { [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K]> : S[K] } {
  return Object.fromEntries(
    Object.entries(shape).map(([k, s]) => [k, k in defaults ? s.default(defaults[k as keyof D] as never) : s]),
  ) as { [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K]> : S[K] }
}
