import { describe, expect, it } from 'vitest'
import { testApp } from './helpers'

describe('core smoke', () => {
  it('creates an area and a subject and lists it', async () => {
    const app = testApp()
    const area = await app.call('areas/create', { name: '柳黄头村', grids: ['第一网格'] })
    const s = await app.call('subjects/create', { name: '柳市镇好运来小吃店', kindId: 'sk01', areaId: area.id, riskColor: 'yellow' })
    expect(s.kindName).toBe('九小场所')
    const page = await app.call('subjects/list', { text: '好运来' })
    expect(page.total).toBe(1)
  })
})
