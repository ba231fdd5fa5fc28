import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { FiredeskBridge } from '../../../electron/core/contract'
import { testApp } from '../helpers'

type InvokeHandler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>

/** Main and renderer ends of IPC joined in memory, as Electron would join them. */
const ipc = vi.hoisted(() => ({
  handlers: new Map<string, InvokeHandler>(),
  exposed: new Map<string, unknown>(),
  frameUrl: 'app://firedesk/index.html' as string | null,
}))

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  const renderer = new Emitter()
  return {
    ipcMain: { handle: (channel: string, handler: InvokeHandler) => ipc.handlers.set(channel, handler) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        const handler = ipc.handlers.get(channel)
        if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`))
        return handler({ senderFrame: ipc.frameUrl === null ? null : { url: ipc.frameUrl } }, ...args)
      },
      on: (channel: string, listener: (...a: unknown[]) => void) => renderer.on(channel, listener),
      removeListener: (channel: string, listener: (...a: unknown[]) => void) => renderer.removeListener(channel, listener),
    },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => ipc.exposed.set(key, api) },
    /** What WebContents.send does: the renderer end receives (event, ...args). */
    __renderer: renderer,
  }
})

const electron = (await import('electron')) as unknown as { __renderer: EventEmitter }
const { registerIpc, sendEvent } = await import('../../../electron/main/ipc')
await import('../../../electron/preload/index')

const core = testApp()
registerIpc(core, undefined)
const bridge = ipc.exposed.get('firedesk') as FiredeskBridge
const contents = { isDestroyed: () => false, send: (channel: string, ...args: unknown[]) => electron.__renderer.emit(channel, {}, ...args) }

describe('the preload bridge', () => {
  it('exposes exactly firedesk.invoke and firedesk.on, and nothing else', () => {
    expect([...ipc.exposed.keys()]).toEqual(['firedesk'])
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
  })

  it('registers one IPC channel only', () => {
    expect([...ipc.handlers.keys()]).toEqual(['firedesk:invoke'])
  })

  it('reaches the core from the app page and answers an envelope', async () => {
    ipc.frameUrl = 'app://firedesk/index.html'
    expect(await bridge.invoke('settings/update', { operatorName: '李四' })).toMatchObject({ ok: true, data: { operatorName: '李四' } })
    expect(await bridge.invoke('subjects/create', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('is refused from any other page', async () => {
    ipc.frameUrl = 'https://evil.example/'
    expect(await bridge.invoke('settings/update', { operatorName: '攻击者' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    ipc.frameUrl = null
    expect(await bridge.invoke('settings/get', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    ipc.frameUrl = 'app://firedesk/index.html'
    expect(await core.call('settings/get', {})).toMatchObject({ operatorName: '李四' })
  })

  it('delivers only the subscribed event, with its payload alone, until unsubscribed', () => {
    const got: unknown[] = []
    const off = bridge.on('subjects/changed', (payload) => got.push(payload))
    sendEvent(contents as never, 'subjects/changed', { id: 'S1' })
    sendEvent(contents as never, 'areas/changed', { id: 'A1' })
    off()
    sendEvent(contents as never, 'subjects/changed', { id: 'S2' })
    expect(got).toEqual([{ id: 'S1' }])
  })

  it('sends nothing to a closed window', () => {
    const got: unknown[] = []
    bridge.on('subjects/changed', (payload) => got.push(payload))
    sendEvent({ isDestroyed: () => true, send: contents.send } as never, 'subjects/changed', {})
    sendEvent(undefined, 'subjects/changed', {})
    expect(got).toEqual([])
  })
})
