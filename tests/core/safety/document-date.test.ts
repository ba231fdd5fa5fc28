import { describe, expect, it } from 'vitest'
import { letterData } from '../documents/register-helpers-data'
import { errorOf, testApp } from '../helpers'

describe('a document dated far away', () => {
  it('is refused unless confirmed, so a typo never takes 〔2099〕1号', async () => {
    const app = testApp('2024-03-05T01:30:00.000Z')
    const e = await errorOf(app, 'documents/issue', { kind: 'warning_letter', data: { ...letterData(), date: '2099-03-05' } })
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'data.date' })
    expect(e.message).toBe('成文日期的年份是 2099 年，不在 2000 年至 2025 年之间；如确实如此，请确认后再签发')
    expect((await app.call('documents/list', {})).total).toBe(0)
    expect((await app.call('documents/issue', { kind: 'warning_letter', data: { ...letterData(), date: '2025-01-02' } })).number).toContain('〔2025〕')
    expect((await app.call('documents/issue', { kind: 'warning_letter', data: { ...letterData(), date: '2099-03-05' }, confirmDate: true })).number).toContain('〔2099〕')
    app.close()
  })
})
