import { beforeEach, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { nameKey, normaliseName } from '../../../electron/core/text'
import { errorOf, testApp, VALID_CREDIT_CODE } from '../helpers'

let app: FiredeskApp & ReturnType<typeof testApp>
let areaId: string

beforeEach(async () => {
  app = testApp()
  areaId = (await app.call('areas/create', { name: '柳黄头村' })).id
})

const unit = (over: Record<string, unknown> = {}) => ({ name: '好运来小吃店', kindId: 'sk01', areaId, address: '前街12号', ...over })
const count = async () => (await app.call('subjects/list', { status: 'all' })).total

describe('one name normaliser', () => {
  it.each([
    ['好运来\u200B小吃店 ', '好运来小吃店'],
    ['\uFEFF好运来小吃店\u2060', '好运来小吃店'],
    ['好运来　小吃店', '好运来小吃店'],
    ['好运来 小吃店', '好运来小吃店'],
    ['  Happy   Mart ', 'Happy Mart'],
    ['宏盛五金加工店（三合一）', '宏盛五金加工店（三合一）'],
  ])('stores %j as %j', (typed, stored) => {
    expect(normaliseName(typed)).toBe(stored)
  })

  it.each([
    ['宏盛五金加工店（三合一）', '宏盛五金加工店(三合一)'],
    ['ＡＢＣ 超市', 'ABC超市'],
    ['Happy Mart', 'HappyMart'],
  ])('compares %j by the key %j', (typed, key) => {
    expect(nameKey(typed)).toBe(key)
  })

  it('stores the names of units, villages and inspectors tidied but with their Chinese brackets, and an address as written', async () => {
    const s = await app.call('subjects/create', unit({ name: '好运来\u200B小吃店（分店） ', address: '前街12号，临街' }))
    expect(s).toMatchObject({ name: '好运来小吃店（分店）', address: '前街12号，临街' })
    expect((await app.call('areas/create', { name: '吕庄\u200B村（重复）', grids: ['第一\u200B网格'] })).name).toBe('吕庄村（重复）')
    expect((await app.call('responsibleUnits/create', { name: '政法办 （消防）' })).name).toBe('政法办(消防)')
    expect((await app.call('inspectors/create', { name: '王\u200B志强' })).name).toBe('王志强')
  })

  it('refuses a name that is nothing but invisible characters', async () => {
    expect(await errorOf(app, 'subjects/create', unit({ name: '\u200B\u200B' }))).toMatchObject({ code: 'VALIDATION', field: 'name', message: '请填写单位名称' })
    expect(await count()).toBe(0)
  })
})

describe('duplicate units', () => {
  it.each([
    ['the same name and address', {}],
    ['the name with a zero-width space', { name: '好运来\u200B小吃店' }],
    ['the name in full-width spaces and a full-width address', { name: '好运来　小吃店', address: '前街１２号' }],
    ['the same name with no address', { address: '' }],
  ])('refuses %s, naming the registered unit, and creates it once confirmed', async (_what, over) => {
    const second = unit(over)
    const first = await app.call('subjects/create', unit())
    const e = await errorOf(app, 'subjects/create', second)
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'confirmDuplicate' })
    expect(e.message).toContain('「好运来小吃店」（柳黄头村')
    expect(await count()).toBe(1)
    const dups = await app.call('subjects/duplicates', { name: second.name, address: second.address })
    expect(dups.map((d) => d.id)).toEqual([first.id])
    const confirmed = await app.call('subjects/create', { ...second, confirmDuplicate: true })
    expect(confirmed.id).not.toBe(first.id)
    expect(await count()).toBe(2)
  })

  it('takes a name typed with half-width brackets for the one registered with full-width ones', async () => {
    const first = await app.call('subjects/create', unit({ name: '好运来小吃店（分店）' }))
    expect(await errorOf(app, 'subjects/create', unit({ name: '好运来小吃店 (分店)' }))).toMatchObject({ code: 'CONFLICT', field: 'confirmDuplicate' })
    expect((await app.call('subjects/duplicates', { name: 'ＡＢＣ', address: '' })).length).toBe(0)
    expect((await app.call('subjects/duplicates', { name: '好运来小吃店(分店)', address: '' })).map((d) => d.id)).toEqual([first.id])
  })

  it('takes the same name at another address as another shop, and a voided unit as no duplicate', async () => {
    const first = await app.call('subjects/create', unit())
    await app.call('subjects/create', unit({ address: '后街3号' }))
    expect(await app.call('subjects/duplicates', { name: '好运来小吃店', address: '河边路1号' })).toEqual([])
    await app.call('subjects/void', { id: first.id, reason: '重复录入' })
    expect((await app.call('subjects/duplicates', { name: '好运来小吃店', address: '前街12号' })).length).toBe(0)
  })

  it('refuses renaming a unit into a registered one unless confirmed, and leaves its own name alone', async () => {
    await app.call('subjects/create', unit())
    const other = await app.call('subjects/create', unit({ name: '美宜佳便利店' }))
    expect(await app.call('subjects/duplicates', { name: '美宜佳便利店', address: '前街12号', id: other.id })).toEqual([])
    expect(await app.call('subjects/update', { id: other.id, notes: '24小时营业' })).toMatchObject({ notes: '24小时营业' })
    expect(await errorOf(app, 'subjects/update', { id: other.id, name: '好运来\u200B小吃店' })).toMatchObject({ code: 'CONFLICT', field: 'confirmDuplicate' })
    expect((await app.call('subjects/get', { id: other.id })).name).toBe('美宜佳便利店')
    expect((await app.call('subjects/update', { id: other.id, name: '好运来小吃店', confirmDuplicate: true })).name).toBe('好运来小吃店')
  })

  it('names the unit a 统一社会信用代码 is registered to, for the form to link, and no confirmation saves a second', async () => {
    const holder = await app.call('subjects/create', unit({ creditCode: VALID_CREDIT_CODE }))
    const other = unit({ name: '宏盛五金加工店', address: '后街3号', creditCode: VALID_CREDIT_CODE })
    expect(await errorOf(app, 'subjects/create', { ...other, confirmDuplicate: true })).toMatchObject({ code: 'CONFLICT', field: 'creditCode' })
    expect(await app.call('subjects/duplicates', { name: other.name, address: other.address, creditCode: VALID_CREDIT_CODE })).toEqual([
      { id: holder.id, name: '好运来小吃店', address: '前街12号', areaName: '柳黄头村', sameAddress: false, sameCreditCode: true },
    ])
    expect(await app.call('subjects/duplicates', { name: '好运来小吃店', address: '前街12号', creditCode: VALID_CREDIT_CODE })).toEqual([
      { id: holder.id, name: '好运来小吃店', address: '前街12号', areaName: '柳黄头村', sameAddress: true, sameCreditCode: true },
    ])
    expect(await app.call('subjects/duplicates', { name: other.name, address: other.address, creditCode: VALID_CREDIT_CODE, id: holder.id })).toEqual([])
    expect(await count()).toBe(1)
  })
})
