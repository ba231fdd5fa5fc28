import { describe, expect, it } from 'vitest'
import { smallOffice } from '../fixtures/office'
import { openPrint, printedColumn, wordFile } from './print-view'
import { useUi } from './support'
import { columnTexts, tableRows } from './ui'

const ui = useUi()
const SLOW = { timeout: 15_000 }

/** Each register page (and the 操作日志): where it is, its table, the column a row is known by, and where the paper holds it. */
const PAGES = [
  { route: '/subjects', list: 'subjects', table: 'subjects-table', key: 'name', printed: 2, title: '监管对象清单' },
  { route: `/inspections?f=${encodeURIComponent('{"kind":"night"}')}`, list: 'inspections', table: 'inspections-table', key: 'subjectName', printed: 3, title: '检查记录清单', filter: '筛选条件：检查类型：夜查' },
  { route: '/interviews', list: 'interviews', table: 'interviews-table', key: 'kind', printed: 2, title: '约谈清单' },
  { route: '/supervisions', list: 'supervisions', table: 'supervisions-table', key: 'case', printed: 2, title: '挂牌督办清单' },
  { route: '/documents', list: 'documents', table: 'register-table', key: 'number', printed: 2, title: '发文登记簿' },
  { route: '/incidents', list: 'incidents', table: 'incidents-table', key: 'place', printed: 4, title: '火灾事故登记表' },
  { route: '/campaigns', list: 'campaigns', table: 'campaigns-table', key: 'name', printed: 2, title: '专项行动一览表' },
  { route: '/responsible-units', list: 'units', table: 'units-table', key: 'name', printed: 2, title: '责任单位名册' },
  { route: '/revisits', list: 'revisits', table: 'revisits-table', key: 'title', printed: 2, title: '回头看清单' },
  { route: '/areas', list: 'areas', table: 'areas-table', key: 'name', printed: 2, title: '村(社区)名册' },
  { route: '/drafts', list: 'drafts', table: 'drafts-table', key: 'title', printed: 2, title: '待审签文书清单', filter: '筛选条件：状态：待办（草稿、已审核）' },
  { route: '/inspectors', list: 'inspectors', table: 'roster-table', key: 'name', printed: 2, title: '检查人员名册' },
  { route: `/audit?f=${encodeURIComponent('{"entity":"subject"}')}`, list: 'audit', table: 'audit-table', key: 'data', printed: 6, title: '操作日志', filter: '筛选条件：记录类别：监管对象' },
] as const

describe('打印 on every register page', () => {
  it('opens the print view with exactly the rows the page shows, in its order, and gives the same list as Word', { timeout: 120_000 }, async () => {
    const { page, harness, open } = ui()
    await smallOffice(harness.app)
    await page.setViewportSize({ width: 1366, height: 768 })
    for (const p of PAGES) {
      await open(p.route)
      await tableRows(page, p.table).first().waitFor(SLOW)
      const shown = await columnTexts(page, p.table, p.key)
      expect(shown.length, p.route).toBeGreaterThan(0)

      const head = await openPrint(page, `print-${p.list}`)
      expect(head).toEqual({ title: p.title, filter: 'filter' in p ? p.filter : '筛选条件：全部' })
      expect(await printedColumn(page, 1)).toEqual(shown.map((_, i) => String(i + 1)))
      expect(await printedColumn(page, p.printed)).toEqual(shown)
      expect(await wordFile(page)).toMatch(new RegExp(`^${p.title.replace(/[()]/g, '\\$&')}_\\d{8}\\.docx$`))
      await page.keyboard.press('Escape')
      await page.locator('[data-test="print-view"]').waitFor({ state: 'detached' })
    }
  })
})
