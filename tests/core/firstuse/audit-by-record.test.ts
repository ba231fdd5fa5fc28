import { describe, expect, it } from 'vitest'
import { caseIn, smallLedger } from '../cases/fixtures'
import { errorOf, testApp } from '../helpers'

describe('audit/list by one record', () => {
  it("gives a case's own entries, newest first, and not those of another case or of a document naming it", async () => {
    const app = testApp()
    const { shop, factory } = await smallLedger(app)
    const c = await caseIn(app, 'noticed', { subjectId: shop.id })
    await caseIn(app, 'rectifying', { subjectId: factory.id })
    await app.call('cases/update', { id: c.id, location: '后厨', reason: '补记隐患部位' })

    const log = await app.call('audit/list', { entity: 'case', entityId: c.id })
    expect(log.rows.map((r) => r.action)).toEqual(['update', 'notice', 'create'])
    expect(log.rows.every((r) => r.entity === 'case' && r.entityId === c.id)).toBe(true)
    expect(log.total).toBe(3)
    // the notice issued for the case names it in its data, but it is the document's entry
    const byWords = await app.call('audit/list', { record: c.id })
    expect(byWords.rows.some((r) => r.entity === 'document')).toBe(true)

    const unit = await app.call('audit/list', { entity: 'subject', entityId: shop.id })
    expect(unit.rows.map((r) => [r.action, r.entityId])).toEqual([['create', shop.id]])
  })

  it('refuses an id longer than any record id, in Chinese, naming the field', async () => {
    const app = testApp()
    expect(await errorOf(app, 'audit/list', { entity: 'case', entityId: 'x'.repeat(65) })).toMatchObject({ code: 'VALIDATION', field: 'entityId', message: '记录编号不能超过64个字' })
  })
})
