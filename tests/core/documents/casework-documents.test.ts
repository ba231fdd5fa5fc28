import { describe, expect, it } from 'vitest'
import { errorOf } from '../helpers'
import { caseIn, smallLedger } from '../cases/fixtures'
import { fileText, useDocsApps } from './register-helpers'

const newApp = useDocsApps()

/** An inspection of the shop on 03-01 found three hazards; the factory has one of its own. */
async function threeHazards() {
  const app = newApp()
  const ledger = await smallLedger(app)
  const at = { subjectId: ledger.shop.id, foundDate: '2024-03-01' }
  const a = await caseIn(app, 'registered', { ...at, description: '后门安全出口被纸箱堵塞', requirement: '清理杂物，保持安全出口畅通', deadline: '2024-03-08' })
  const b = await caseIn(app, 'registered', { ...at, description: '二层阁楼住人未作防火分隔', requirement: '停止住人或实施防火分隔' })
  const c = await caseIn(app, 'registered', { ...at, description: '2具灭火器压力不足', requirement: '维修或更换灭火器' })
  const other = await caseIn(app, 'registered', { subjectId: ledger.factory.id, foundDate: '2024-03-01' })
  return { app, ...ledger, a, b, c, other }
}

const statusOf = async (app: Awaited<ReturnType<typeof threeHazards>>['app'], id: string) => (await app.call('cases/get', { id })).status

describe('one notice for the hazards of one unit', () => {
  it('drafts all the unit’s open hazards of that inspection, and issuing it moves every one in the same step', async () => {
    const { app, a, b, c, other } = await threeHazards()
    const draft = await app.call('documents/draft', { kind: 'rectification_notice', caseId: a.id })
    expect(draft.caseIds).toEqual([a.id, b.id, c.id])
    expect(draft.cases.map((x) => x.description)).toEqual(['后门安全出口被纸箱堵塞', '二层阁楼住人未作防火分隔', '2具灭火器压力不足'])
    expect(draft.data).toMatchObject({ deadline: '2024-03-08', hazards: [{ caseId: a.id }, { caseId: b.id }, { caseId: c.id }] })
    expect(draft.caseEffect).toContain('所列各处隐患均转为“已下发整改通知”')

    const doc = await app.call('documents/issue', { kind: 'rectification_notice', caseIds: [a.id, b.id, c.id], data: draft.data })
    expect(doc.number).toBe('柳市消安委办整改〔2024〕1号')
    for (const x of [a, b, c]) {
      const after = await app.call('cases/get', { id: x.id })
      expect(after.status).toBe('noticed')
      expect(after.timeline.at(-1)).toMatchObject({ action: 'notice', documentId: doc.id, note: '消防安全隐患限期整改通知书 柳市消安委办整改〔2024〕1号' })
      expect((await app.call('documents/list', { caseId: x.id })).rows.map((d) => d.id)).toEqual([doc.id])
    }
    expect(await statusOf(app, other.id)).toBe('registered')
    const text = fileText((await app.call('documents/get', { id: doc.id })).path)
    for (const d of ['后门安全出口被纸箱堵塞', '二层阁楼住人未作防火分隔', '2具灭火器压力不足']) expect(text).toContain(d)
  })

  it('lists each case it moves: a hazard left out of the typed rows takes the ledger’s words', async () => {
    const { app, a, b, c } = await threeHazards()
    const single = await app.call('documents/draft', { kind: 'rectification_notice', caseIds: [a.id] })
    expect(single.caseIds).toEqual([a.id])
    const doc = await app.call('documents/issue', { kind: 'rectification_notice', caseIds: [a.id, b.id, c.id], data: single.data })
    const data = (await app.call('documents/get', { id: doc.id })).data as { hazards: { caseId: string; description: string }[] }
    expect(data.hazards.map((h) => [h.caseId, h.description])).toEqual([
      [a.id, '后门安全出口被纸箱堵塞'],
      [b.id, '二层阁楼住人未作防火分隔'],
      [c.id, '2具灭火器压力不足'],
    ])
  })

  it('issues the notice of a hazard written to the ledger’s limits: 依据 of 500 characters, 整改要求 of 1,000', async () => {
    const app = newApp()
    const { shop } = await smallLedger(app)
    const legalBasis = `《中华人民共和国消防法》第十六条${'依'.repeat(500)}`.slice(0, 500)
    const requirement = `立即清理${'改'.repeat(1000)}`.slice(0, 1000)
    const c = await caseIn(app, 'registered', { subjectId: shop.id, foundDate: '2024-03-01', legalBasis, requirement })
    const draft = await app.call('documents/draft', { kind: 'rectification_notice', caseId: c.id })
    const doc = await app.call('documents/issue', { kind: 'rectification_notice', caseIds: [c.id], data: draft.data })
    expect(await statusOf(app, c.id)).toBe('noticed')
    const text = fileText((await app.call('documents/get', { id: doc.id })).path)
    expect(text).toContain(legalBasis)
    expect(text).toContain(requirement)
  })

  it('refuses a notice for hazards of two units, changing nothing', async () => {
    const { app, a, other } = await threeHazards()
    const draft = await app.call('documents/draft', { kind: 'rectification_notice', caseId: a.id })
    const e = await errorOf(app, 'documents/issue', { kind: 'rectification_notice', caseIds: [a.id, other.id], data: draft.data })
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'caseIds' })
    expect(e.message).toContain('所选隐患属于不同单位（好运来小吃店、乐清市鑫达电气有限公司）')
    expect([await statusOf(app, a.id), await statusOf(app, other.id)]).toEqual(['registered', 'registered'])
    expect((await app.call('documents/list', {})).total).toBe(0)
    expect((await app.call('documents/draft', { kind: 'rectification_notice', caseId: a.id })).nextNumber).toBe('柳市消安委办整改〔2024〕1号')
  })

  it('下发整改通知 on a case issues its notice in the same step: no state change without the document', async () => {
    const { app, b } = await threeHazards()
    const moved = await app.call('cases/transition', { id: b.id, action: 'notice' })
    expect(moved.status).toBe('noticed')
    const [doc] = (await app.call('documents/list', { caseId: b.id })).rows
    expect(doc).toMatchObject({ kind: 'rectification_notice', number: '柳市消安委办整改〔2024〕1号', recipient: '好运来小吃店' })
    expect((await app.call('cases/get', { id: b.id })).timeline.at(-1)).toMatchObject({ action: 'notice', documentId: doc?.id })
  })

  it('refuses 下发整改通知 for a case already noticed, issuing nothing', async () => {
    const { app, b } = await threeHazards()
    await app.call('cases/transition', { id: b.id, action: 'notice' })
    expect(await errorOf(app, 'cases/transition', { id: b.id, action: 'notice' })).toMatchObject({ code: 'ILLEGAL_STATE', message: '「已下发整改通知」的隐患不能下发整改通知' })
    expect((await app.call('documents/list', {})).total).toBe(1)
  })

  it('issued with the drafted rows alone, covers every hazard they name', async () => {
    const { app, a, b, c } = await threeHazards()
    const draft = await app.call('documents/draft', { kind: 'rectification_notice', caseId: a.id })
    const rows = (draft.data.hazards as { caseId: string }[]).filter((h) => h.caseId !== c.id)
    await app.call('documents/issue', { kind: 'rectification_notice', caseId: a.id, data: { ...draft.data, hazards: rows } })
    expect([await statusOf(app, a.id), await statusOf(app, b.id), await statusOf(app, c.id)]).toEqual(['noticed', 'noticed', 'registered'])
  })
})

describe('the 复查意见书 says what the recheck found', () => {
  async function noticedAndRectifying() {
    const s = await threeHazards()
    const draft = await s.app.call('documents/draft', { kind: 'rectification_notice', caseId: s.a.id })
    const notice = await s.app.call('documents/issue', { kind: 'rectification_notice', caseIds: draft.caseIds, data: draft.data })
    for (const x of [s.a, s.b, s.c]) await s.app.call('cases/transition', { id: x.id, action: 'startRectify' })
    await s.app.call('cases/transition', { id: s.a.id, action: 'requestRecheck' })
    s.app.clock.set('2024-03-12T02:00:00.000Z')
    return { ...s, notice }
  }

  it('drafts one result per hazard of the notice; a failed one gives 未整改到位, the new deadline and the consequence, whatever the draft said', async () => {
    const { app, a, b, c, notice } = await noticedAndRectifying()
    const draft = await app.call('documents/draft', { kind: 'recheck_opinion', caseId: a.id })
    expect(draft.data).toMatchObject({ noticeNumber: notice.number, conclusion: ['经复查，你单位3处隐患均已整改到位。'] })
    const results = draft.data.results as { caseId: string; description: string; finding: string; outcome: string }[]
    expect(results.map((r) => [r.caseId, r.outcome])).toEqual([
      [a.id, 'passed'],
      [b.id, 'passed'],
      [c.id, 'passed'],
    ])
    const found = results.map((r) => ({ ...r, finding: r.caseId === b.id ? '阁楼仍有2人住宿' : '已整改', outcome: r.caseId === b.id ? 'failed' : 'passed' }))
    const doc = await app.call('documents/issue', { kind: 'recheck_opinion', caseId: a.id, data: { ...draft.data, results: found }, recheck: { newDeadline: '2024-04-05' } })

    const issued = await app.call('documents/get', { id: doc.id })
    expect(issued.data).toMatchObject({
      newDeadline: '2024-04-05',
      conclusion: [
        '经复查，你单位3处隐患中已整改2处，尚有1处未整改到位：二层阁楼住人未作防火分隔。',
        '请于2024年4月5日前将上述隐患整改到位，整改期间落实临时防范措施，确保安全。',
        '逾期仍未整改到位的，我办将依法依规予以函告、约谈，并通报所在村（社区）；构成重大火灾隐患的，依法移送有关部门处理。',
      ],
    })
    const text = fileText(issued.path)
    expect(text).toContain('尚有1处未整改到位：二层阁楼住人未作防火分隔')
    expect(text).toContain('请于2024年4月5日前将上述隐患整改到位')
    expect(text).not.toContain('均已整改到位')

    expect(await app.call('cases/get', { id: b.id })).toMatchObject({ status: 'rectifying', deadline: '2024-04-05' })
    expect((await app.call('cases/get', { id: b.id })).timeline.at(-1)).toMatchObject({
      action: 'recheckFailed',
      documentId: doc.id,
      note: `复查意见书 ${doc.number}：未整改到位，新的整改期限为2024年4月5日`,
    })
    for (const x of [a, c]) {
      const after = await app.call('cases/get', { id: x.id })
      expect(after.status).toBe('recheck_passed')
      expect(after.timeline.at(-1)).toMatchObject({ action: 'recheckPassed', note: `复查意见书 ${doc.number}：已整改到位` })
    }
  })

  it('writes 已整改到位 only when every hazard passed, and for one hazard ignores the conclusion typed in', async () => {
    const { app, a } = await noticedAndRectifying()
    const draft = await app.call('documents/draft', { kind: 'recheck_opinion', caseIds: [a.id] })
    const data = { ...draft.data, results: [{ description: '后门安全出口被纸箱堵塞', finding: '仍堆放纸箱', outcome: 'failed' }], conclusion: '经复查，你单位隐患已整改到位。' }
    const doc = await app.call('documents/issue', { kind: 'recheck_opinion', caseId: a.id, data, recheck: { newDeadline: '2024-03-20' } })
    const issued = await app.call('documents/get', { id: doc.id })
    expect(issued.data.conclusion).toEqual([
      '经复查，你单位隐患未整改到位：后门安全出口被纸箱堵塞。',
      '请于2024年3月20日前将上述隐患整改到位，整改期间落实临时防范措施，确保安全。',
      '逾期仍未整改到位的，我办将依法依规予以函告、约谈，并通报所在村（社区）；构成重大火灾隐患的，依法移送有关部门处理。',
    ])
    expect(await app.call('cases/get', { id: a.id })).toMatchObject({ status: 'rectifying', deadline: '2024-03-20' })
  })

  it('refuses a recheck without results, or a failed one without a new deadline, in Chinese, changing nothing', async () => {
    const { app, a, b } = await noticedAndRectifying()
    const draft = await app.call('documents/draft', { kind: 'recheck_opinion', caseId: a.id })
    const none = await errorOf(app, 'documents/issue', { kind: 'recheck_opinion', caseId: a.id, data: { ...draft.data, results: [] } })
    expect(none).toMatchObject({ code: 'VALIDATION', field: 'results', message: '复查意见书须有复查结果，请至少填写一项复查情况' })
    const results = (draft.data.results as { caseId: string }[]).map((r) => ({ ...r, finding: '未整改', outcome: r.caseId === b.id ? 'failed' : 'passed' }))
    const noDeadline = await errorOf(app, 'documents/issue', { kind: 'recheck_opinion', caseId: a.id, data: { ...draft.data, results } })
    expect(noDeadline).toMatchObject({ code: 'VALIDATION', field: 'newDeadline', message: '复查不合格时请填写新的整改期限，或选择升级处理' })
    expect([await statusOf(app, a.id), await statusOf(app, b.id)]).toEqual(['awaiting_recheck', 'rectifying'])
    expect((await app.call('documents/list', { kind: 'recheck_opinion' })).total).toBe(0)
  })
})
