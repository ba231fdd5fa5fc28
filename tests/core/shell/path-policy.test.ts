import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf } from '../../../electron/shared/content-types'
import { isOpenablePath, resolveRendererPath } from '../../../electron/main/policy'

describe('resolveRendererPath: app:// serves files of the built renderer only', () => {
  const root = '/opt/firedesk/out/renderer'

  it('serves files under the root', () => {
    expect(resolveRendererPath(root, 'app://firedesk/index.html')).toBe(`${root}/index.html`)
    expect(resolveRendererPath(root, 'app://firedesk/assets/index-B1x.js')).toBe(`${root}/assets/index-B1x.js`)
    expect(resolveRendererPath(root, 'app://firedesk/assets/a%20b.css?v=2#top')).toBe(`${root}/assets/a b.css`)
  })

  it('answers the root with index.html, whatever the hash route', () => {
    expect(resolveRendererPath(root, 'app://firedesk/')).toBe(`${root}/index.html`)
    expect(resolveRendererPath(root, 'app://firedesk')).toBe(`${root}/index.html`)
    expect(resolveRendererPath(root, 'app://firedesk/#/subjects/01HX')).toBe(`${root}/index.html`)
  })

  it.each([
    'app://firedesk/..%2f..%2f..%2fetc%2fpasswd',
    'app://firedesk/assets/..%2F..%2F..%2F..%2Fhome%2Fuser%2F.ssh%2Fid_rsa.pub',
    'app://firedesk/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://firedesk/..%5c..%5cwindows%5cwin.ini',
    'app://firedesk/index.html%00.png',
    'app://firedesk/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveRendererPath(root, url)).toBeNull()
  })

  it('keeps dot segments and doubled slashes inside the root', () => {
    for (const url of ['app://firedesk/../../etc/passwd.txt', 'app://firedesk/%2e%2e/%2e%2e/etc/passwd.txt', 'app://firedesk/%2fetc%2fpasswd.txt']) {
      const file = resolveRendererPath(root, url)
      expect(file === null || file.startsWith(`${root}/`)).toBe(true)
    }
  })

  it.each(['app://evil/index.html', 'app://firedesk.evil.com/index.html', 'file:///etc/passwd', 'https://firedesk/index.html'])(
    'refuses requests that are not ours: %s',
    (url) => {
      expect(resolveRendererPath(root, url)).toBeNull()
    },
  )

  describe('on Windows', () => {
    const winRoot = 'C:\\Program Files\\FireDesk\\resources\\app.asar\\out\\renderer'

    it('serves files under the root', () => {
      expect(resolveRendererPath(winRoot, 'app://firedesk/assets/index.js', path.win32)).toBe(`${winRoot}\\assets\\index.js`)
    })

    it.each([
      'app://firedesk/..%5c..%5c..%5c..%5c..%5cWindows%5cwin.ini',
      'app://firedesk/C:%5cWindows%5cwin.ini',
      'app://firedesk/C:/Windows/win.ini',
      'app://firedesk/%5c%5cevil%5cshare%5cx.js',
    ])('refuses %s', (url) => {
      expect(resolveRendererPath(winRoot, url, path.win32)).toBeNull()
    })
  })
})

describe('isOpenablePath: only generated documents in the data folder open in other programs', () => {
  const data = '/home/clerk/.config/FireDesk'
  const allowed = [`${data}/documents`, `${data}/exports`]

  it.each([`${data}/documents/2024/责令限期改正通知书.docx`, `${data}/exports/台账.XLSX`, `${data}/exports/报表.pdf`, `${data}/exports/备份.zip`])(
    'opens %s',
    (file) => {
      expect(isOpenablePath(file, allowed)).toBe(true)
    },
  )

  it.each([
    [`${data}/firedesk.db`, 'the database'],
    [`${data}/documents/evil.exe`, 'a program'],
    [`${data}/documents/run.bat`, 'a script'],
    [`${data}/documents/x.docm`, 'a macro document'],
    [`${data}/documents/x.lnk`, 'a shortcut'],
    [`${data}/documents/noext`, 'no extension'],
    [`${data}/documents/../firedesk.db`, 'traversal to the database'],
    [`${data}/documents/../../../../etc/shadow.pdf`, 'traversal out of the folder'],
    [`${data}/documents-evil/x.docx`, 'a sibling folder sharing the prefix'],
    [`${data}/documents`, 'the folder itself'],
    ['/tmp/x.docx', 'another folder'],
    ['documents/x.docx', 'a relative path'],
    [`${data}/documents/x.docx\0.exe`, 'a NUL byte'],
    [`${data}/documents/x.exe:stream.docx`, 'an alternate data stream'],
  ])('refuses %s (%s)', (file) => {
    expect(isOpenablePath(file, allowed)).toBe(false)
  })

  it('refuses everything when no folder is allowed or a folder is relative', () => {
    expect(isOpenablePath(`${data}/documents/x.docx`, [])).toBe(false)
    expect(isOpenablePath(`${data}/documents/x.docx`, ['documents'])).toBe(false)
  })

  describe('on Windows', () => {
    const winData = 'C:\\Users\\clerk\\AppData\\Roaming\\FireDesk'
    const winAllowed = [`${winData}\\documents`, `${winData}\\exports`]

    it('opens a document in the documents folder, whatever the case of the path', () => {
      expect(isOpenablePath(`${winData}\\documents\\通知书.docx`, winAllowed, path.win32)).toBe(true)
      expect(isOpenablePath('c:\\users\\clerk\\appdata\\roaming\\firedesk\\DOCUMENTS\\x.pdf', winAllowed, path.win32)).toBe(true)
    })

    it.each([
      `${winData}\\documents\\..\\firedesk.db`,
      `${winData}\\documents\\..\\..\\..\\..\\..\\Windows\\System32\\calc.exe`,
      `${winData}\\documents\\..\\..\\x.pdf`,
      'D:\\documents\\x.docx',
      '\\\\evil\\share\\x.docx',
      `${winData}\\documents\\x.exe:s.docx`,
      `${winData}\\documents\\x.docx.exe`,
    ])('refuses %s', (file) => {
      expect(isOpenablePath(file, winAllowed, path.win32)).toBe(false)
    })
  })
})

describe('contentTypeOf: module scripts load only with a JavaScript type', () => {
  it('types the renderer assets', () => {
    expect(contentTypeOf('/r/assets/index.js')).toMatch(/^text\/javascript/)
    expect(contentTypeOf('/r/index.html')).toMatch(/^text\/html/)
    expect(contentTypeOf('/r/assets/index.CSS')).toMatch(/^text\/css/)
    expect(contentTypeOf('/r/assets/font.woff2')).toBe('font/woff2')
    expect(contentTypeOf('/r/assets/unknown.bin')).toBe('application/octet-stream')
  })
})
