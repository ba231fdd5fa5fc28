import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { tagged } from '../campaigns/tagged-fixture'
import { errorOf } from '../helpers'

describe('the quarterly summary of one campaign', () => {
  it('counts only the hazards and documents tagged with the campaign, and says so', async () => {
    const { app, campaign, major } = await tagged()
    const all = await app.call('reports/summary', { quarter: '2024Q1' })
    const one = await app.call('reports/summary', { quarter: '2024Q1', campaignId: campaign.id })
    expect(all.current.found.count).toBe(3)
    expect(one.current.found.count).toBe(1)
    expect(one.current.majorFound.count).toBe(1)
    expect(one.current.openAtEnd.count).toBe(1)
    expect(all.documents.total).toBe(3)
    expect(one.documents.total).toBe(1)
    expect(one.period).toMatchObject({ label: '2024年第一季度', campaignId: campaign.id, campaignName: '冬春火灾防控' })
    expect(one.previous.campaignName).toBe('冬春火灾防控')
    expect(one.campaigns.map((c) => c.campaignName)).toEqual(['冬春火灾防控'])
    expect(all.campaigns.map((c) => c.campaignName)).toEqual(['冬春火灾防控', '电动自行车专项整治'])
    // the village breakdown and the monthly trend are cut the same way
    expect(one.breakdowns.find((b) => b.dimension === 'area')?.rows.map((r) => [r.name, r.found.count])).toEqual([['柳黄头村', 0], ['长江村', 1]])
    expect(one.trend.at(-1)?.found.count).toBe(1)
    // its 统计口径 names the campaign and the SQL carries the tag
    expect(one.definitions.find((d) => d.term === '统计范围')?.text).toContain('冬春火灾防控')
    expect(one.definitions.find((d) => d.term === '发现隐患')?.sql).toContain(`c.campaign_id = '${campaign.id}'`)
    expect(all.definitions.some((d) => d.term === '统计范围')).toBe(false)
    // the number opens exactly its cases, in the records list and in the case list
    const records = await app.call('reports/records', one.current.found.records)
    expect(records.rows.map((c) => c.id)).toEqual([major.id])
    expect((await app.call('cases/list', one.current.found.filter ?? {})).rows.map((c) => c.id)).toEqual([major.id])
  })

  it('names the campaign in the workbook, and refuses a campaign that is not there', async () => {
    const { app, campaign } = await tagged()
    const file = await app.call('reports/exportXlsx', { quarter: '2024Q1', campaignId: campaign.id })
    expect(file.fileName).toBe('2024年第一季度冬春火灾防控工作情况汇总.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    expect(String(wb.worksheets[0]?.getCell('A1').value)).toBe('2024年第一季度冬春火灾防控消防安全隐患排查整治工作情况汇总')
    expect(await errorOf(app, 'reports/summary', { quarter: '2024Q1', campaignId: 'nope' })).toMatchObject({ field: 'campaignId', message: '所选专项行动不存在或已作废' })
  })
})
