import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { send, testHarness } from './client'

let h: Awaited<ReturnType<typeof testHarness>>
beforeAll(async () => {
  h = await testHarness()
})
afterAll(() => h.close())

/** Opens /events and collects what arrives; resolves once the stream is live. */
function listen(path: string): Promise<{ received: () => string; status: number; stop: () => void }> {
  return new Promise((resolve, reject) => {
    let text = ''
    const req = request({ host: '127.0.0.1', port: h.port, path, headers: { accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
      })
      res.once('data', () => resolve({ received: () => text, status: res.statusCode ?? 0, stop: () => req.destroy() }))
    })
    req.on('error', reject)
    req.end()
  })
}

const until = async (ready: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !ready(); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('GET /events', () => {
  it('delivers the events the app emits as server-sent events', async () => {
    const stream = await listen(`/events?token=${h.token}`)
    expect(stream.status).toBe(200)
    h.app.ctx.emit('import/progress', { done: 3, total: 10, label: '正在导入' })
    await until(() => stream.received().includes('import/progress'))
    expect(stream.received()).toContain('event: import/progress\ndata: {"done":3,"total":10,"label":"正在导入"}\n\n')
    stream.stop()
  })

  it('refuses a stream without the right token', async () => {
    expect((await send(h, { path: '/events' })).status).toBe(403)
    expect((await send(h, { path: `/events?token=${'0'.repeat(64)}` })).status).toBe(403)
  })
})
