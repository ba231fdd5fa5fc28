import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'
import { caseIn, hazard, smallLedger } from './fixtures'

describe('隐患类别: the editable category table', () => {
  it('starts with the twelve categories of the domain, with stable ids', async () => {
    const app = testApp()
    const list = await app.call('caseCategories/list', {})
    expect(list).toHaveLength(12)
    expect(list[0]).toMatchObject({ id: 'cc01', name: '违规用火用电用气', sortOrder: 1, inUse: 0 })
    expect(list[11]).toMatchObject({ id: 'cc12', name: '其他' })
    expect(list.map((c) => c.name)).toContain('电动自行车违规停放充电')
  })

  it('adds, renames and voids a category; a voided one is kept on its cases but not offered', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const added = await app.call('caseCategories/create', { name: '外墙保温材料' })
    expect(added).toMatchObject({ sortOrder: 13, inUse: 0 })
    expect(await errorOf(app, 'caseCategories/create', { name: '其他' })).toMatchObject({ code: 'CONFLICT', field: 'name', message: '已有名为「其他」的隐患类别' })
    const renamed = await app.call('caseCategories/update', { id: added.id, name: '外墙易燃保温材料' })
    expect(renamed.name).toBe('外墙易燃保温材料')
    const c = await caseIn(app, 'noticed', { subjectId: shop.id, categoryId: added.id })
    expect((await app.call('caseCategories/list', {})).find((x) => x.id === added.id)?.inUse).toBe(1)

    const voided = await app.call('caseCategories/void', { id: added.id, reason: '并入其他类别' })
    expect(voided).toMatchObject({ voidReason: '并入其他类别' })
    expect((await app.call('caseCategories/list', {})).map((x) => x.id)).not.toContain(added.id)
    expect((await app.call('caseCategories/list', { includeVoided: true })).map((x) => x.id)).toContain(added.id)
    expect((await app.call('cases/get', { id: c.id })).categoryName).toBe('外墙易燃保温材料')
    expect(await errorOf(app, 'cases/create', hazard({ subjectId: shop.id, categoryId: added.id }))).toMatchObject({ field: 'categoryId' })
    expect(app.ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'caseCategory' ORDER BY seq").all()).toEqual([
      { action: 'create' },
      { action: 'update' },
      { action: 'void' },
    ])
  })
})
