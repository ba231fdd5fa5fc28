import { ipcMain, type WebContents } from 'electron'
import type { FiredeskApp } from '../core/app'
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/channels'
import { gateInvoke } from './gate'

/**
 * The only IPC handler: every core handler is reached through it, behind the sender check.
 * `answerer` may answer some calls itself before the core (the shell's document actions).
 */
export function registerIpc(core: FiredeskApp, devUrl: string | undefined, answerer: Pick<FiredeskApp, 'invoke'> = core): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, args: unknown) =>
    gateInvoke(answerer, event.senderFrame?.url, devUrl, name, args),
  )
}

/** Core events go to the window as (event name, payload); the preload filters them by name. */
export function sendEvent(contents: WebContents | undefined, event: string, payload: unknown): void {
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload)
}
