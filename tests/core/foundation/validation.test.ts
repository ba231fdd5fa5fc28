import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { isoDate, parseArgs } from '../../../electron/core/validation'

describe('date fields', () => {
  const schema = z.strictObject({ deadline: isoDate('整改期限') })
  const messageOf = (raw: unknown) => {
    try {
      parseArgs(schema, raw)
    } catch (e) {
      return { message: (e as Error).message, field: (e as { field?: string }).field }
    }
    return null
  }

  it.each([
    [{}, '请填写整改期限'],
    [{ deadline: '' }, '请填写整改期限'],
    [{ deadline: '2024/3/5' }, '整改期限格式应为 YYYY-MM-DD'],
    [{ deadline: '2024-02-30' }, '整改期限不是有效日期'],
  ])('%j → %s', (raw, message) => {
    expect(messageOf(raw)).toEqual({ message, field: 'deadline' })
  })

  it('accepts a real date', () => {
    expect(messageOf({ deadline: '2024-02-29' })).toBeNull()
  })
})

describe('a form with several fields at fault', () => {
  const schema = z.strictObject({ name: z.string().min(1, '请填写名称'), deadline: isoDate('整改期限'), phone: z.string().min(1, '请填写电话') })

  it('names every field at fault, each once, so the form can show them all together', () => {
    let error: unknown
    try {
      parseArgs(schema, { name: '', deadline: '2024-02-30', phone: '' })
    } catch (e) {
      error = e
    }
    expect((error as { toJSON(): unknown }).toJSON()).toEqual({
      code: 'VALIDATION',
      message: '请填写名称',
      field: 'name',
      issues: [
        { field: 'name', message: '请填写名称' },
        { field: 'deadline', message: '整改期限不是有效日期' },
        { field: 'phone', message: '请填写电话' },
      ],
    })
  })
})
