import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseWebArgs } from '../../../electron/web/args'

const fallback = () => '/home/u/.config/FireDesk'

describe('npm run web arguments', () => {
  it('defaults to port 5174 and the desktop app data folder', () => {
    expect(parseWebArgs([], fallback)).toEqual({ port: 5174, dataDir: '/home/u/.config/FireDesk' })
  })

  it('takes --port and --data, spaced or with =', () => {
    expect(parseWebArgs(['--port', '8080', '--data', 'd'], fallback)).toEqual({ port: 8080, dataDir: resolve('d') })
    expect(parseWebArgs(['--port=0', '--data=/x'], fallback)).toEqual({ port: 0, dataDir: '/x' })
  })

  it('refuses a bad port, a missing value and unknown flags in Chinese', () => {
    expect(() => parseWebArgs(['--port', 'abc'], fallback)).toThrow('端口号无效：abc')
    expect(() => parseWebArgs(['--port', '70000'], fallback)).toThrow('端口号无效')
    expect(() => parseWebArgs(['--data'], fallback)).toThrow('--data 后面需要一个值')
    expect(() => parseWebArgs(['--host', '0.0.0.0'], fallback)).toThrow('不认识的参数：--host')
  })
})
