import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statusOf } from '../../../electron/web/rpc'
import { rpc, send, testHarness } from './client'

let h: Awaited<ReturnType<typeof testHarness>>
beforeAll(async () => {
  h = await testHarness()
})
afterAll(() => h.close())

describe('POST /rpc/<name>', () => {
  it('runs the handler and answers its envelope', async () => {
    const created = await rpc(h, 'areas/create', { name: '柳黄头村', grids: ['第一网格'] })
    expect(created.status).toBe(200)
    const area = created.json() as { ok: true; data: { id: string; name: string } }
    expect(area).toMatchObject({ ok: true, data: { name: '柳黄头村' } })

    const listed = await rpc(h, 'areas/list', {})
    expect(listed.status).toBe(200)
    expect(JSON.stringify(listed.json())).toContain(area.data.id)
  })

  it('answers a validation error with 400 and the field at fault, in Chinese', async () => {
    const r = await rpc(h, 'areas/create', { name: '  ' })
    expect(r.status).toBe(400)
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'name', message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
  })

  it('answers an unknown handler with 404', async () => {
    const r = await rpc(h, 'nothing/here', {})
    expect(r.status).toBe(404)
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLER' } })
  })

  it('answers a record that does not exist with 404', async () => {
    const r = await rpc(h, 'subjects/get', { id: 'no-such-id' })
    expect(r.status).toBe(404)
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses a body that is not JSON with 400', async () => {
    const r = await send(h, {
      method: 'POST',
      path: '/rpc/areas/list',
      headers: { 'content-type': 'application/json', 'x-firedesk-token': h.token },
      body: '{name:',
    })
    expect(r.status).toBe(400)
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '提交的内容不是有效的 JSON。' } })
  })

  it('accepts a charset on the JSON content type', async () => {
    const r = await rpc(h, 'areas/list', {}, { 'content-type': 'application/json; charset=utf-8' })
    expect(r.status).toBe(200)
  })

  it('maps each error code to its status', () => {
    expect(statusOf('VALIDATION')).toBe(400)
    expect(statusOf('FORBIDDEN')).toBe(403)
    expect(statusOf('UNKNOWN_HANDLER')).toBe(404)
    expect(statusOf('NOT_FOUND')).toBe(404)
    expect(statusOf('CONFLICT')).toBe(409)
    expect(statusOf('ILLEGAL_STATE')).toBe(409)
    expect(statusOf('DB_TOO_NEW')).toBe(500)
    expect(statusOf('INTERNAL')).toBe(500)
  })
})
