/**
 * The renderer's whole view of the machine: `firedesk.invoke` and `firedesk.on`, nothing else.
 * Runs sandboxed, so it may import only `electron` (bundled into one CommonJS file).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Envelope, FiredeskBridge } from '../core/contract'
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/channels'

const bridge: FiredeskBridge = {
  invoke: (name, args) => ipcRenderer.invoke(INVOKE_CHANNEL, name, args) as Promise<Envelope<unknown>>,
  on(event, listener) {
    // The IpcRendererEvent stays here: handing it to the page would expose `sender`.
    const relay = (_e: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload)
    }
    ipcRenderer.on(EVENT_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay)
    }
  },
}

contextBridge.exposeInMainWorld('firedesk', bridge)

export type { FiredeskBridge }
