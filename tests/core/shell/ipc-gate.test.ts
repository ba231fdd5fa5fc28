import { afterEach, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { FORBIDDEN_ENVELOPE, gateInvoke } from '../../../electron/main/gate'
import { testApp } from '../helpers'

describe('gateInvoke: the IPC handler checks the sender before the core runs', () => {
  let app: FiredeskApp | undefined
  afterEach(() => app?.close())

  it('serves a call from the app page', async () => {
    app = testApp()
    const r = await gateInvoke(app, 'app://firedesk/index.html', undefined, 'settings/update', { operatorName: '张三' })
    expect(r).toMatchObject({ ok: true, data: { operatorName: '张三' } })
  })

  it.each(['https://evil.example/', 'app://evil/', 'file:///tmp/x.html', 'http://127.0.0.1:5173/', null, undefined])(
    'answers FORBIDDEN to %s and changes nothing',
    async (frameUrl) => {
      app = testApp()
      const r = await gateInvoke(app, frameUrl, undefined, 'settings/update', { operatorName: '攻击者' })
      expect(r).toEqual(FORBIDDEN_ENVELOPE)
      expect(r.ok === false && r.error.code).toBe('FORBIDDEN')
      expect(await app.call('settings/get', {})).toMatchObject({ operatorName: '管理员' })
    },
  )

  it('serves the dev server only in dev', async () => {
    app = testApp()
    const dev = 'http://localhost:5173'
    expect((await gateInvoke(app, 'http://localhost:5173/', dev, 'settings/get', {})).ok).toBe(true)
    expect((await gateInvoke(app, 'http://localhost:5173/', undefined, 'settings/get', {})).ok).toBe(false)
  })

  it('answers a malformed handler name as an unknown operation, not a crash', async () => {
    app = testApp()
    const r = await gateInvoke(app, 'app://firedesk/', undefined, { toString: 'x' }, {})
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLER' } })
  })
})
