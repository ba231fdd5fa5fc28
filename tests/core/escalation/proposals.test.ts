import { describe, expect, it } from 'vitest'
import { caseIn, smallLedger } from '../cases/fixtures'
import { errorOf, testApp } from '../helpers'

/** The clock on a day, at 09:00 Beijing time. */
const on = (day: string) => `${day}T01:00:00.000Z`

async function overdueLedger() {
  const app = testApp()
  const ledger = await smallLedger(app)
  const fridge = await caseIn(app, 'rectifying', { subjectId: ledger.shop.id, deadline: '2024-03-10' })
  const exit = await caseIn(app, 'noticed', { subjectId: ledger.shop.id, deadline: '2024-03-10', categoryId: 'cc02', description: '安全出口上锁' })
  const major = await caseIn(app, 'rectifying', { subjectId: ledger.factory.id, deadline: '2024-03-20', severity: 'major', description: '车间与员工宿舍设置在同一建筑内' })
  const done = await caseIn(app, 'closed', { subjectId: ledger.factory.id, deadline: '2024-03-10' })
  return { app, ...ledger, fridge, exit, major, done }
}

describe('escalation/proposals', () => {
  it('proposes nothing before any deadline passes, then 预警 the day after', async () => {
    const { app, fridge, exit } = await overdueLedger()
    expect((await app.call('escalation/proposals', {})).total).toBe(0)
    app.clock.set(on('2024-03-11'))
    const page = await app.call('escalation/proposals', {})
    expect(page.rows.map((p) => [p.caseId, p.rung, p.overdueDays])).toEqual([
      [fridge.id, 'warning', 1],
      [exit.id, 'warning', 1],
    ])
    expect(page.rows[0]).toMatchObject({ subjectName: '好运来小吃店', areaName: '柳黄头村', rule: 'warningAfterDays', reason: '逾期满1天未整改，发出消防安全警示函预警' })
    expect(page.byRung).toEqual({ warning: 2, letter: 0, interview: 0, supervision: 0, circular: 0 })
  })

  it('lists every open case the most overdue first, filtered by case, area or rung, a page at a time', async () => {
    const { app, north, fridge, exit, major } = await overdueLedger()
    app.clock.set(on('2024-04-10'))
    const all = await app.call('escalation/proposals', {})
    expect(all.byRung).toEqual({ warning: 3, letter: 0, interview: 0, supervision: 1, circular: 2 })
    expect(all.rows.map((p) => p.overdueDays)).toEqual([31, 31, 31, 31, 21, 21])
    expect((await app.call('escalation/proposals', { caseId: major.id })).rows.map((p) => p.rung)).toEqual(['warning', 'supervision'])
    expect((await app.call('escalation/proposals', { areaId: north.id })).rows.map((p) => p.caseId)).toEqual([fridge.id, fridge.id, exit.id, exit.id])
    const circulars = await app.call('escalation/proposals', { rung: 'circular', pageSize: 1, page: 2 })
    expect([circulars.total, circulars.rows.map((p) => p.caseId)]).toEqual([2, [exit.id]])
  })

  it('changes its proposals with the thresholds in the settings', async () => {
    const { app } = await overdueLedger()
    app.clock.set(on('2024-03-13'))
    await app.call('settings/update', { warningAfterDays: 5 })
    expect((await app.call('escalation/proposals', {})).total).toBe(0)
    expect(await errorOf(app, 'settings/update', { interviewAfterDays: 0 })).toMatchObject({ code: 'VALIDATION', field: 'interviewAfterDays' })
  })
})

describe('预警 and 函告 through the register', () => {
  it('a warning letter drafted from the case, issued with a 文号, ends the 预警 proposal and shows on the timeline', async () => {
    const { app, fridge } = await overdueLedger()
    app.clock.set(on('2024-03-12'))
    const draft = await app.call('escalation/draftLetter', { caseIds: [fridge.id], rung: 'warning' })
    expect(draft).toMatchObject({ kind: 'warning_letter', nextNumber: '柳市消安委办函〔2024〕1号', caseIds: [fridge.id] })
    expect(draft.data).toMatchObject({ recipient: '好运来小吃店', deadline: '2024-03-19', date: '2024-03-12' })
    expect(String(draft.data.facts)).toContain('至今仍未整改到位，已逾期2天')

    const issued = await app.call('escalation/issueLetter', { caseIds: [fridge.id], rung: 'warning', data: draft.data })
    expect(issued.number).toBe('柳市消安委办函〔2024〕1号')
    expect((await app.call('escalation/proposals', { caseId: fridge.id })).total).toBe(0)
    const timeline = (await app.call('cases/get', { id: fridge.id })).timeline
    expect(timeline.at(-1)).toMatchObject({ action: 'warningLetter', documentId: issued.documentId, note: '消防安全警示函 柳市消安委办函〔2024〕1号', toStatus: 'rectifying' })
    expect(timeline.filter((e) => e.action === 'warningLetter')).toHaveLength(1)
    const ladder = await app.call('escalation/ladder', { caseId: fridge.id })
    expect(ladder).toMatchObject({ open: true, standing: 'warning', overdueDays: 2, proposals: [] })
    expect(ladder.history).toMatchObject([{ rung: 'warning', date: '2024-03-12', documentNumber: '柳市消安委办函〔2024〕1号' }])
  })

  it('a 函告 names every case it concerns, to the village committee; voiding it brings the proposal back', async () => {
    const { app, north, fridge, exit } = await overdueLedger()
    app.clock.set(on('2024-03-12'))
    for (const c of [fridge, exit]) {
      const d = await app.call('escalation/draftLetter', { caseIds: [c.id], rung: 'warning' })
      await app.call('escalation/issueLetter', { caseIds: [c.id], rung: 'warning', data: d.data })
    }
    app.clock.set(on('2024-03-24'))
    expect((await app.call('escalation/proposals', { areaId: north.id })).total).toBe(0)
    app.clock.set(on('2024-03-25'))
    expect((await app.call('escalation/proposals', { areaId: north.id })).rows.map((p) => p.rung)).toEqual(['letter', 'letter'])

    const draft = await app.call('escalation/draftLetter', { caseIds: [fridge.id, exit.id], rung: 'letter' })
    expect(draft.data).toMatchObject({ recipient: '柳黄头村村民委员会', title: '关于督促加快柳黄头村消防安全隐患整改的函' })
    expect(String(draft.data.matter)).toContain('好运来小吃店：安全出口上锁')
    const letter = await app.call('escalation/issueLetter', { caseIds: [fridge.id, exit.id], rung: 'letter', data: draft.data })
    expect(letter.number).toBe('柳市消安委办函〔2024〕3号')
    expect((await app.call('escalation/proposals', { areaId: north.id })).total).toBe(0)
    for (const c of [fridge, exit]) expect((await app.call('escalation/ladder', { caseId: c.id })).standing).toBe('letter')

    await app.call('documents/void', { id: letter.documentId, reason: '收文单位写错' })
    expect((await app.call('escalation/proposals', { areaId: north.id })).rows.map((p) => [p.caseId, p.rung])).toEqual([
      [fridge.id, 'letter'],
      [exit.id, 'letter'],
    ])
  })

  it('refuses a warning letter to two units, a 函告 to two villages, a closed case, and names the field', async () => {
    const { app, fridge, major, done } = await overdueLedger()
    app.clock.set(on('2024-03-25'))
    expect(await errorOf(app, 'escalation/draftLetter', { caseIds: [fridge.id, major.id], rung: 'warning' })).toMatchObject({
      message: '警示函只发给一个单位，请选择同一单位的隐患',
      field: 'caseIds',
    })
    expect(await errorOf(app, 'escalation/issueLetter', { caseIds: [fridge.id, major.id], rung: 'letter', data: {} })).toMatchObject({ field: 'caseIds' })
    expect(await errorOf(app, 'escalation/draftLetter', { caseIds: [done.id], rung: 'warning' })).toMatchObject({ code: 'ILLEGAL_STATE', field: 'caseIds.0' })
    const draft = await app.call('escalation/draftLetter', { caseIds: [fridge.id], rung: 'warning' })
    expect(await errorOf(app, 'escalation/issueLetter', { caseIds: [fridge.id], rung: 'warning', data: { ...draft.data, risks: '' } })).toMatchObject({
      code: 'VALIDATION',
      field: 'risks',
    })
    // The notices issued as the cases were noticed are all there is.
    expect((await app.call('documents/list', {})).rows.every((d) => d.kind === 'rectification_notice')).toBe(true)
  })
})
