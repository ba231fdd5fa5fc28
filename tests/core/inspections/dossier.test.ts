import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'
import { caseIn, smallLedger } from '../cases/fixtures'

describe('the unit dossier (户籍化档案)', () => {
  it('gathers facts, colour history with reasons, inspections, hazards, documents, interviews and one timeline', async () => {
    const app = testApp()
    const { shop, factory } = await smallLedger(app)
    await app.call('subjects/recolor', { id: shop.id, riskColor: 'yellow', reason: '夜查发现违规住人' })
    await app.call('subjects/update', { id: shop.id, riskColor: 'red', colorReason: '复查时仍违规住人' })
    await app.call('cases/createInspection', { subjectId: shop.id, date: '2024-02-20', source: 'routine', inspectors: '王志强' })
    const h = { categoryId: 'cc05', description: '店内违规住人', requirement: '立即搬离', deadline: '2024-03-20' }
    await app.call('cases/createInspection', { subjectId: shop.id, date: '2024-03-01', source: 'night', inspectors: '王志强', hazards: [h] })
    await caseIn(app, 'closed', { subjectId: shop.id })
    await caseIn(app, 'registered', { subjectId: shop.id, foundDate: '2024-02-01', deadline: '2024-02-10' })
    await caseIn(app, 'registered', { subjectId: factory.id })

    const d = await app.call('dossier/get', { subjectId: shop.id })
    expect(d.subject).toMatchObject({ name: '好运来小吃店', responsibleName: '郑建国', riskColor: 'red' })
    expect(d.colors.map((c) => [c.from, c.to, c.reason])).toEqual([
      [null, 'green', ''],
      ['green', 'yellow', '夜查发现违规住人'],
      ['yellow', 'red', '复查时仍违规住人'],
    ])
    expect(d.counts).toEqual({ cases: 3, open: 2, overdue: 1, closed: 1, majorOpen: 0, inspections: 2, noHazardInspections: 1, relapses: 0, revisited: 0 })
    expect(d.inspections.map((i) => [i.date, i.hazardCount])).toEqual([
      ['2024-03-01', 1],
      ['2024-02-20', 0],
    ])
    expect(d.cases.every((c) => c.subjectId === shop.id)).toBe(true)
    expect((d.timeline[0]?.date ?? '') >= (d.timeline.at(-1)?.date ?? '')).toBe(true)
    const texts = d.timeline.map((e) => e.text)
    expect(texts).toContain('日常检查（王志强）：未发现隐患')
    expect(texts).toContain('分类由绿色调整为黄色，原因：夜查发现违规住人')
    expect(texts.some((t) => /^隐患2024-\d{4}：销号$/.test(t))).toBe(true)
  })

  it('refuses a colour changed in the unit form without its reason, changing nothing', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    expect(await errorOf(app, 'subjects/update', { id: shop.id, riskColor: 'red', notes: '夜间营业' })).toMatchObject({ code: 'VALIDATION', field: 'colorReason', message: '调整风险分类须填写调整原因' })
    expect(await app.call('subjects/get', { id: shop.id })).toMatchObject({ riskColor: 'green', notes: shop.notes })
    expect((await app.call('dossier/get', { subjectId: shop.id })).colors).toHaveLength(1)
    expect(await app.call('subjects/update', { id: shop.id, notes: '夜间营业', colorReason: '' })).toMatchObject({ notes: '夜间营业' })
  })

  it('refuses a colour change without a reason or to the same colour, and a unit that does not exist', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    expect(await errorOf(app, 'subjects/recolor', { id: shop.id, riskColor: 'red', reason: ' ' })).toMatchObject({ field: 'reason', message: '请填写调整原因' })
    expect(await errorOf(app, 'subjects/recolor', { id: shop.id, riskColor: 'green', reason: '复核' })).toMatchObject({ field: 'riskColor', message: '「好运来小吃店」已是绿色' })
    expect(await errorOf(app, 'dossier/get', { subjectId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' })
    expect((await app.call('dossier/get', { subjectId: shop.id })).colors).toHaveLength(1)
  })

  it('exports a .docx in the official fonts that Word reads back', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    await app.call('cases/createInspection', { subjectId: shop.id, date: '2024-02-20', source: 'routine', inspectors: '王志强' })
    await caseIn(app, 'noticed', { subjectId: shop.id })
    const file = await app.call('dossier/exportDocx', { subjectId: shop.id })
    expect(file.fileName).toBe('好运来小吃店-户籍化档案-2024-03-05.docx')
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-')), file.fileName)
    writeFileSync(path, Buffer.from(file.dataBase64, 'base64'))
    const script = [
      'import sys, docx',
      'd = docx.Document(sys.argv[1])',
      'print(d.paragraphs[0].text)',
      "print(d.paragraphs[0].runs[0]._r.rPr.rFonts.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia'))",
      "print('|'.join(c.text for c in d.tables[1].rows[1].cells))",
      "print('|'.join(c.text for c in d.tables[2].rows[1].cells))",
    ].join('\n')
    const out = execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' }).trim().split('\n')
    expect(out[0]).toBe('好运来小吃店消防安全户籍化档案')
    expect(out[1]).toBe('方正小标宋简体')
    expect(out[2]).toBe('2024年2月20日|日常检查|王志强|未发现隐患')
    expect(out[3]).toMatch(/^2024-0001\|2024年3月1日\|厨房使用瓶装液化石油气.*\|一般隐患\|2024年3月10日\|已下发整改通知$/)
  })
})
