import { describe, expect, it } from 'vitest'
import { useUi } from './support'

const ui = useUi()

/* The guards every e2e test relies on must themselves catch what they claim to. */
describe('e2e guards', () => {
  it('aborts and records a request that leaves 127.0.0.1', async () => {
    const { page, blocked } = ui()
    await expect(page.goto('http://example.invalid/')).rejects.toThrow(/ERR_FAILED/)
    expect(blocked).toEqual(['http://example.invalid/'])
    blocked.length = 0
  })

  it('records errors logged in the page console', async () => {
    const { page, problems, open } = ui()
    await open('/subjects')
    await page.evaluate(() => console.error('意外错误'))
    await expect.poll(() => [...problems]).toEqual(['意外错误'])
    problems.length = 0
  })
})
