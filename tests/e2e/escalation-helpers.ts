/** Page helpers for the escalation screens: date-time pickers, the issue drawer, the minutes rendered to an image. */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { hasCommand, toPdf } from '../../scripts/templates/pdf-layout'
import { byTest } from './ui'

/** Types "YYYY-MM-DD HH:mm" into a date-time NDatePicker and confirms it. */
export async function fillDateTime(page: Page, picker: Locator, value: string): Promise<void> {
  const input = picker.locator('input')
  await input.click()
  await input.fill(value)
  await input.press('Enter')
  await page.locator('.n-date-panel').waitFor({ state: 'hidden' })
}

/** Waits for the issue drawer's form (filled in by the core), then confirms it. */
export async function confirmIssue(page: Page, expectNumber?: string): Promise<void> {
  const hint = byTest(page, 'issue-number-hint')
  await hint.waitFor()
  if (expectNumber) expect(await hint.innerText()).toContain(expectNumber)
  await byTest(page, 'issue-submit').click()
  await byTest(page, 'issue-drawer').waitFor({ state: 'hidden' })
}

/**
 * The issued .docx as staff would print it: LibreOffice to PDF, each page to `<outBase>-<n>.png`.
 * Returns the images written; none where LibreOffice or poppler is not installed.
 */
export function docxToPngs(docx: string, outBase: string): string[] {
  if (!hasCommand('soffice') || !hasCommand('pdftoppm')) return []
  const dir = mkdtempSync(join(tmpdir(), 'firedesk-e2e-print-'))
  try {
    const copy = join(dir, 'printed.docx')
    copyFileSync(docx, copy)
    toPdf([copy], dir)
    execFileSync('pdftoppm', ['-png', '-r', '80', join(dir, 'printed.pdf'), join(dir, 'page')])
    return readdirSync(dir)
      .filter((n) => /^page-\d+\.png$/.test(n))
      .sort()
      .map((n, i) => {
        const out = `${outBase}-${i + 1}.png`
        copyFileSync(join(dir, n), out)
        return out
      })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
