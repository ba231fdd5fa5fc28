import { z } from 'zod'

const count = (label: string, min: number, max: number, fallback: number) =>
  z
    .number({ error: `${label}必须是数字` })
    .int(`${label}必须是整数`)
    .min(min, `${label}至少为${min}`)
    .max(max, `${label}不能超过${max}`)
    .default(fallback)

export const demoLoadSchema = z.strictObject({
  subjects: count('监管对象数量', 1, 50_000, 300),
  cases: count('隐患数量', 0, 200_000, 1_500),
  seed: z.number({ error: '随机种子必须是数字' }).int('随机种子必须是整数').min(0, '随机种子不能为负数').max(2 ** 32 - 1).default(1),
})

export type DemoLoadArgs = z.input<typeof demoLoadSchema>

export interface DemoResult {
  areas: number
  subjects: number
  inspections: number
  cases: number
  events: number
  /** How long the generation took. */
  ms: number
}

/** Whether the program has the demo folder open instead of the office's own data. */
export interface DemoPlace {
  active: boolean
}
