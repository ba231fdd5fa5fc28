import { symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSP } from '../../../electron/shared/csp'
import { INDEX_HTML, rpc, send, testHarness } from './client'

let h: Awaited<ReturnType<typeof testHarness>>
beforeAll(async () => {
  h = await testHarness()
})
afterAll(() => h.close())

describe('the built renderer', () => {
  it('serves index.html at / with the CSP header', async () => {
    const r = await send(h, { path: `/?token=${h.token}` })
    expect(r.status).toBe(200)
    expect(r.text).toBe(INDEX_HTML)
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(r.headers['content-security-policy']).toBe(CSP)
    expect(r.headers['content-security-policy']).toContain("script-src 'self'")
  })

  it('serves scripts as JavaScript with the CSP header', async () => {
    const r = await send(h, { path: '/app.js' })
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(r.headers['content-security-policy']).toBe(CSP)
    expect(r.headers['x-content-type-options']).toBe('nosniff')
  })

  it('puts the CSP header on calls and refusals too', async () => {
    expect((await rpc(h, 'areas/list', {})).headers['content-security-policy']).toBe(CSP)
    const refusal = await send(h, { path: '/', headers: { host: 'evil.example' } })
    expect(refusal.status).toBe(403)
    expect(refusal.headers['content-security-policy']).toBe(CSP)
  })

  it('gives client-side routes index.html and missing assets 404', async () => {
    expect((await send(h, { path: '/subjects' })).text).toBe(INDEX_HTML)
    expect((await send(h, { path: '/assets/missing.js' })).status).toBe(404)
  })

  it.each(['/../package.json', '/%2e%2e/package.json', '/%2e%2e/', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json', '/%00.js'])(
    'refuses the traversal %s',
    async (path) => {
      const r = await send(h, { path })
      expect(r.status).toBe(400)
      expect(r.text).not.toContain('"name"')
      expect(r.json()).toMatchObject({ ok: false, error: { message: '请求的路径无效。' } })
    },
  )

  it('does not follow a link that leads out of the renderer folder', async () => {
    symlinkSync(resolve(__dirname, '../../../package.json'), join(h.rendererDir, 'leak.json'))
    const r = await send(h, { path: '/leak.json' })
    expect(r.status).toBe(404)
    expect(r.text).not.toContain('firedesk')
  })

  it('serves files only by GET or HEAD', async () => {
    expect((await send(h, { method: 'HEAD', path: '/app.js' })).status).toBe(200)
    expect((await send(h, { method: 'DELETE', path: '/app.js' })).status).toBe(405)
  })
})
