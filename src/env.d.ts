import type { FiredeskBridge } from '../electron/core/contract'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer runs in a browser. */
    firedesk?: FiredeskBridge
  }
}

export {}
