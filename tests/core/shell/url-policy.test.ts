import { describe, expect, it } from 'vitest'
import { CSP } from '../../../electron/shared/csp'
import {
  devServerUrl,
  isAllowedSender,
  isAppUrl,
  isOwnUrl,
  isSafeExternalUrl,
} from '../../../electron/main/policy'

const DEV = 'http://localhost:5173'

describe('isAppUrl: only app://firedesk/ is the app', () => {
  it.each(['app://firedesk/', 'app://firedesk/index.html', 'app://firedesk/assets/index-abc.js?v=1#x'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true)
  })

  it.each([
    'app://evil/',
    'app://firedesk.evil.com/',
    'app://evil.com/firedesk/',
    'app://firedesk@evil/',
    'app://user:pass@firedesk/',
    'app://firedesk:8080/',
    'app://firedesk\\evil/',
    'apps://firedesk/',
    'https://firedesk/',
    'file:///etc/passwd',
    'file://firedesk/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })
})

describe('isAllowedSender: IPC only from our own page', () => {
  it('accepts the app origin with or without a dev server', () => {
    expect(isAllowedSender('app://firedesk/index.html')).toBe(true)
    expect(isAllowedSender('app://firedesk/index.html', DEV)).toBe(true)
  })

  it('accepts the dev server only when running under it', () => {
    expect(isAllowedSender('http://localhost:5173/', DEV)).toBe(true)
    expect(isAllowedSender('http://localhost:5173/#/subjects', DEV)).toBe(true)
    expect(isAllowedSender('http://localhost:5173/')).toBe(false)
    expect(isAllowedSender('http://127.0.0.1:5173/')).toBe(false)
  })

  it('refuses other ports, hosts and schemes even in dev', () => {
    expect(isAllowedSender('http://localhost:5174/', DEV)).toBe(false)
    expect(isAllowedSender('http://127.0.0.1:5173/', DEV)).toBe(false)
    expect(isAllowedSender('https://localhost:5173/', DEV)).toBe(false)
    expect(isAllowedSender('http://localhost.evil.com:5173/', DEV)).toBe(false)
    expect(isAllowedSender('https://example.com/', DEV)).toBe(false)
    expect(isAllowedSender('app://evil/', DEV)).toBe(false)
    expect(isAllowedSender('file:///etc/passwd', DEV)).toBe(false)
  })

  it('ignores a dev URL that is not a loopback http server', () => {
    expect(isAllowedSender('https://evil.com/', 'https://evil.com')).toBe(false)
    expect(isAllowedSender('file:///tmp/x.html', 'file:///tmp/x.html')).toBe(false)
    expect(isAllowedSender('http://evil.com/', 'http://evil.com')).toBe(false)
  })

  it('refuses a sender whose frame is gone', () => {
    expect(isAllowedSender(null)).toBe(false)
    expect(isAllowedSender(undefined, DEV)).toBe(false)
    expect(isAllowedSender('')).toBe(false)
  })
})

describe('isOwnUrl: where the window may navigate', () => {
  it('stays on the app', () => {
    expect(isOwnUrl('app://firedesk/index.html#/subjects')).toBe(true)
  })

  it.each(['https://example.com/', 'http://127.0.0.1:5174/', 'file:///C:/Windows/win.ini', 'javascript:alert(1)', 'app://firedesk.evil.com/'])(
    'leaves for %s are refused',
    (url) => {
      expect(isOwnUrl(url)).toBe(false)
    },
  )
})

describe('devServerUrl: the dev server is honoured only when unpackaged and local', () => {
  it('uses ELECTRON_RENDERER_URL in an unpackaged run', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: DEV }, false)).toBe(DEV)
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, false)).toBe('http://127.0.0.1:5173')
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://[::1]:5173' }, false)).toBe('http://[::1]:5173')
  })

  it('ignores it in a packaged app', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: DEV }, true)).toBeUndefined()
  })

  it.each(['https://evil.com', 'http://192.168.1.5:5173', 'file:///tmp/evil.html', 'javascript:alert(1)', 'http://user@localhost:5173', ''])(
    'ignores %s',
    (url) => {
      expect(devServerUrl({ ELECTRON_RENDERER_URL: url }, false)).toBeUndefined()
    },
  )

  it('is absent when not set', () => {
    expect(devServerUrl({}, false)).toBeUndefined()
  })
})

describe('isSafeExternalUrl: only https links to the short allow-list leave the app', () => {
  it.each(['https://www.mem.gov.cn/', 'https://www.119.gov.cn/xiaofang/index.html?q=1', 'https://www.gov.cn/zhengce/'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    'http://example.com/',
    'https://example.com/path?q=1',
    'mailto:office@example.com',
    'https://www.mem.gov.cn.evil.example/',
    'https://evil.example/?www.mem.gov.cn',
    'https://www.mem.gov.cn:8443/',
    'http://www.mem.gov.cn/',
    'http://127.0.0.1:5174/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    '\\\\evil-server\\share\\run.exe',
    'smb://evil/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'vbscript:msgbox(1)',
    'data:text/html,x',
    'app://firedesk/',
    'https://user:pass@example.com/',
    'https:',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('CSP', () => {
  it('allows scripts only from the app itself and forbids plugins, framing and form posts', () => {
    const directives = new Map(CSP.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values.join(' ')] as const
    }))
    expect(directives.get('default-src')).toBe("'self'")
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('base-uri')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
    expect(directives.get('form-action')).toBe("'none'")
    expect(directives.get('connect-src')).toBe("'self'")
    expect(CSP).not.toMatch(/unsafe-eval/)
  })
})
