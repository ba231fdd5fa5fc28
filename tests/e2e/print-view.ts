import type { Page } from 'playwright-core'
import { byTest } from './ui'

const SLOW = { timeout: 15_000 }

/** The print view's n-th column, top to bottom (1 is 序号). */
export const printedColumn = (page: Page, n: number) => byTest(page, 'print-table').locator(`tbody tr td:nth-child(${n})`).allInnerTexts()

/** Presses a page's 打印 and reads the print view's head: its title and the filter in words. */
export async function openPrint(page: Page, button: string): Promise<{ title: string; filter: string }> {
  await byTest(page, button).click()
  await byTest(page, 'print-view').waitFor(SLOW)
  return { title: await byTest(page, 'print-view').locator('h1').innerText(), filter: await byTest(page, 'print-note').first().innerText() }
}

/** 导出Word in the print view: the name of the file downloaded. */
export async function wordFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), byTest(page, 'print-word').click()])
  return download.suggestedFilename()
}

