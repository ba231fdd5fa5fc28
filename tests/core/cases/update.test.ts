import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'
import { auditRows, caseIn, smallLedger } from './fixtures'

describe('correcting a hazard after registration', () => {
  it('changes the words, category, level, people and measures, with old and new values on the timeline', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'noticed', { subjectId: shop.id, categoryId: 'cc12' })
    const [notice] = (await app.call('documents/list', { caseId: c.id })).rows
    const frozen = (await app.call('documents/get', { id: notice?.id ?? '' })).data

    const updated = await app.call('cases/update', {
      id: c.id,
      categoryId: 'cc01',
      severity: 'major',
      requirement: '安装可燃气体报警装置，液化石油气钢瓶移出厨房',
      location: '后厨',
      responsiblePerson: '郑建国（店主）',
      interimMeasures: '停用后厨燃气，改用电磁炉',
      reason: '导入时类别和整改要求填写不全',
    })
    expect(updated).toMatchObject({
      status: 'noticed',
      categoryName: '违规用火用电用气',
      severity: 'major',
      location: '后厨',
      responsiblePerson: '郑建国（店主）',
      interimMeasures: '停用后厨燃气，改用电磁炉',
      deadline: c.deadline,
    })
    const { timeline } = await app.call('cases/get', { id: c.id })
    const edit = timeline.at(-1)
    expect(edit).toMatchObject({ action: 'edit', fromStatus: 'noticed', toStatus: 'noticed', note: '修改隐患部位、隐患类别、隐患等级、整改要求、整改责任人、临时防范措施：导入时类别和整改要求填写不全' })
    expect((edit?.data as { changes: unknown[] }).changes).toEqual([
      { field: 'location', label: '隐患部位', from: '', to: '后厨' },
      { field: 'categoryId', label: '隐患类别', from: 'cc12', to: 'cc01', fromText: '其他', toText: '违规用火用电用气' },
      { field: 'severity', label: '隐患等级', from: 'general', to: 'major', fromText: '一般隐患', toText: '重大火灾隐患' },
      { field: 'requirement', label: '整改要求', from: c.requirement, to: '安装可燃气体报警装置，液化石油气钢瓶移出厨房' },
      { field: 'responsiblePerson', label: '整改责任人', from: '', to: '郑建国（店主）' },
      { field: 'interimMeasures', label: '临时防范措施', from: '', to: '停用后厨燃气，改用电磁炉' },
    ])
    expect(auditRows(app, c.id).at(-1)?.action).toBe('update')
    // The notice already issued keeps the words it was issued with.
    expect((await app.call('documents/get', { id: notice?.id ?? '' })).data).toEqual(frozen)
    // Found again by its new words.
    expect((await app.call('cases/list', { text: '钢瓶移出厨房' })).rows.map((r) => r.id)).toEqual([c.id])
  })

  it('corrects a description as long as registration allows (2 000 characters), and no longer', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'registered', { subjectId: shop.id })
    const long = '疏散通道堆放杂物，'.repeat(230).slice(0, 2000)
    expect((await app.call('cases/update', { id: c.id, description: long, reason: '补全现场记录' })).description).toBe(long)
    const tooLong = await errorOf(app, 'cases/update', { id: c.id, description: `${long}。`, reason: '补全' })
    expect(tooLong).toMatchObject({ field: 'description' })
    expect((await app.call('cases/get', { id: c.id })).description).toBe(long)
  })

  it('records nothing when nothing changes', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'registered', { subjectId: shop.id })
    await app.call('cases/update', { id: c.id, description: c.description, reason: '核对' })
    expect((await app.call('cases/get', { id: c.id })).timeline.map((e) => e.action)).toEqual(['register'])
  })

  it('refuses a closed or voided case, a deadline (that is 延期), a void category and an empty requirement, changing nothing', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const closed = await caseIn(app, 'closed', { subjectId: shop.id })
    const voided = await caseIn(app, 'voided', { subjectId: shop.id })
    const open = await caseIn(app, 'rectifying', { subjectId: shop.id })
    expect(await errorOf(app, 'cases/update', { id: closed.id, requirement: '再改' })).toMatchObject({ code: 'ILLEGAL_STATE', message: '「已销号」的隐患不能修改' })
    expect(await errorOf(app, 'cases/update', { id: voided.id, requirement: '再改' })).toMatchObject({ code: 'ILLEGAL_STATE', message: '「已作废」的隐患不能修改' })
    expect(await errorOf(app, 'cases/update', { id: open.id, deadline: '2024-05-01' })).toMatchObject({ field: 'deadline', message: '整改期限不能在这里修改：请办理延期，写明原因和批准人' })
    expect(await errorOf(app, 'cases/update', { id: open.id, categoryId: 'nope' })).toMatchObject({ field: 'categoryId' })
    expect(await errorOf(app, 'cases/update', { id: open.id, requirement: '  ' })).toMatchObject({ field: 'requirement', message: '请填写整改要求' })
    for (const c of [closed, voided, open]) expect((await app.call('cases/get', { id: c.id })).updatedAt).toBe(c.updatedAt)
  })
})
