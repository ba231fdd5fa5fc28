import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

type Handler = (request: Request) => Promise<Response>
const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  privileged: [] as unknown[],
}))

vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: Handler) => electron.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
  },
}))

const { handleAppProtocol, registerAppScheme } = await import('../../../electron/main/app-protocol')
const { CSP } = await import('../../../electron/shared/csp')

describe('app:// serves the built renderer, with the CSP on every answer', () => {
  let root: string
  let secretDir: string
  const get = (url: string, method = 'GET'): Promise<Response> => {
    const handler = electron.handlers.get('app')
    if (!handler) throw new Error('app:// is not handled')
    return handler(new Request(url, { method }))
  }

  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'firedesk-protocol-'))
    root = join(base, 'out', 'renderer')
    secretDir = base
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>消安督办台</title>')
    writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)')
    writeFileSync(join(base, 'firedesk.db'), 'secret')
    registerAppScheme()
    handleAppProtocol(root)
  })
  afterAll(() => rmSync(secretDir, { recursive: true, force: true }))

  it('registers app as a standard, secure scheme that may not bypass the CSP', () => {
    expect(electron.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ])
    expect(JSON.stringify(electron.privileged)).not.toMatch(/bypassCSP/)
  })

  it('serves index.html and assets with their types and the CSP', async () => {
    const page = await get('app://firedesk/')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toBe(CSP)
    expect(await page.text()).toContain('消安督办台')

    const script = await get('app://firedesk/assets/index.js')
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(script.headers.get('content-security-policy')).toBe(CSP)
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each(['app://firedesk/..%2ffiredesk.db', 'app://firedesk/..%2f..%2ffiredesk.db', 'app://firedesk/assets/..%2f..%2f..%2ffiredesk.db', 'app://firedesk/missing.js', 'app://firedesk/assets'])(
    'answers 404 with the CSP to %s, never a file outside',
    async (url) => {
      const r = await get(url)
      expect(r.status).toBe(404)
      expect(r.headers.get('content-security-policy')).toBe(CSP)
      expect(await r.text()).not.toContain('secret')
    },
  )

  it('refuses methods other than GET', async () => {
    const r = await get('app://firedesk/index.html', 'POST')
    expect(r.status).toBe(405)
    expect(r.headers.get('content-security-policy')).toBe(CSP)
  })
})
