/**
 * Electron's security checklist applied to every web contents and to the session: the page may
 * not navigate away, open windows, embed webviews or obtain any permission.
 */
import { app, type Session } from 'electron'
import { CSP } from '../shared/csp'
import { isOwnUrl } from './policy'
import { openExternalSafely } from './safe-external'

/** No camera, microphone, notifications, geolocation, USB… : the app needs none of them. */
export function denyPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
}

/** The CSP on every response, including the dev server's (app:// responses also set it). */
export function enforceCsp(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
}

/** Applies to every web contents created from now on, windows and frames alike. */
export function lockDownWebContents(devUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (isOwnUrl(event.url, devUrl)) return
      event.preventDefault()
      // A clicked web link opens in the user's browser rather than inside the app.
      void openExternalSafely(event.url)
    })
    contents.on('will-frame-navigate', (event) => {
      if (!isOwnUrl(event.url, devUrl)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (!isOwnUrl(event.url, devUrl)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalSafely(url)
      return { action: 'deny' }
    })
  })
}
