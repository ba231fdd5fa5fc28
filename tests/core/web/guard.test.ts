import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from '../../../electron/web/rpc'
import { rpc, send, testHarness, type RawResponse } from './client'

let h: Awaited<ReturnType<typeof testHarness>>
beforeAll(async () => {
  h = await testHarness()
})
afterAll(() => h.close())

const connectTo = (host: string, port: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const socket = connect({ host, port }, () => {
      socket.destroy()
      resolve()
    })
    socket.on('error', reject)
  })

const refused = (r: RawResponse, status: number) => {
  expect(r.status).toBe(status)
  const body = r.json() as { ok: boolean; error: { message: string } }
  expect(body.ok).toBe(false)
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/)
}

describe('the harness cannot be driven by other sites', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(h.address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: h.port })
    const others = [
      '::1',
      ...Object.values(networkInterfaces()).flatMap((list = []) =>
        list.filter((i) => i.family === 'IPv4' && !i.internal).map((i) => i.address),
      ),
    ]
    for (const host of others) await expect(connectTo(host, h.port), host).rejects.toThrow()
    await expect(connectTo('127.0.0.1', h.port)).resolves.toBeUndefined()
    expect(h.origin).toBe(`http://127.0.0.1:${h.port}`)
    expect(h.url).toBe(`${h.origin}/?token=${h.token}`)
    expect(h.token).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses a Host that is not ours (DNS rebinding), for calls and pages alike', async () => {
    refused(await rpc(h, 'areas/list', {}, { host: `evil.example:${h.port}` }), 403)
    refused(await send(h, { path: '/', headers: { host: `evil.example:${h.port}` } }), 403)
    refused(await send(h, { path: '/', headers: { host: '127.0.0.1:1' } }), 403)
    refused(await send(h, { path: '/', headers: { host: undefined } }), 403)
  })

  it('accepts localhost as well as 127.0.0.1', async () => {
    expect((await rpc(h, 'areas/list', {}, { host: `localhost:${h.port}` })).status).toBe(200)
  })

  it('refuses a call from a foreign Origin, even with the token', async () => {
    refused(await rpc(h, 'areas/create', { name: '某村' }, { origin: 'https://evil.example' }), 403)
    refused(await rpc(h, 'areas/list', {}, { origin: 'null' }), 403)
    refused(await rpc(h, 'areas/list', {}, { origin: `http://127.0.0.1:${h.port + 1}` }), 403)
    const areas = (await rpc(h, 'areas/list', {})).json() as { data: { name: string }[] }
    expect(areas.data.map((a) => a.name)).not.toContain('某村')
  })

  it('accepts a call from our own origin', async () => {
    expect((await rpc(h, 'areas/list', {}, { origin: h.origin })).status).toBe(200)
  })

  it('refuses a call without the token or with a wrong one', async () => {
    refused(await rpc(h, 'areas/list', {}, { 'x-firedesk-token': undefined }), 403)
    refused(await rpc(h, 'areas/list', {}, { 'x-firedesk-token': 'f'.repeat(64) }), 403)
    refused(await rpc(h, 'areas/list', {}, { 'x-firedesk-token': h.token.slice(1) }), 403)
  })

  it('accepts only application/json', async () => {
    refused(await rpc(h, 'areas/list', {}, { 'content-type': 'text/plain' }), 415)
    refused(await rpc(h, 'areas/list', {}, { 'content-type': 'application/x-www-form-urlencoded' }), 415)
    refused(await rpc(h, 'areas/list', {}, { 'content-type': undefined }), 415)
  })

  it('accepts only POST on /rpc', async () => {
    const r = await send(h, { method: 'GET', path: '/rpc' })
    refused(r, 405)
    expect(r.headers.allow).toBe('POST')
    refused(await send(h, { method: 'GET', path: `/rpc/areas/list` }), 405)
  })

  it('refuses a body over the size limit with 413', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) })
    refused(
      await send(h, { method: 'POST', path: '/rpc/areas/create', headers: { 'content-type': 'application/json', 'x-firedesk-token': h.token }, body }),
      413,
    )
  })
})
