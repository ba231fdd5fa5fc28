import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readTaskList } from '../../../electron/core/tasks/import/read-list'
import { readXlsxGrid } from '../../../electron/core/tasks/import/xlsx-grid'

async function book(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  fill(wb.addWorksheet('任务清单'))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const opts = { year: 2021, campaignStart: '2021-01-01', isRegistered: () => false }

describe('task list from an .xlsx', () => {
  it('reads a merged title, a two-row header with 责任单位 over 牵头/配合, and cells merged down', async () => {
    const bytes = await book((ws) => {
      ws.addRow(['2021年消防安全专项整治三年行动任务清单'])
      ws.mergeCells('A1:F1')
      ws.addRow(['序号', '重点任务', '具体措施', '责任单位', '', '完成时限'])
      ws.addRow(['', '', '', '牵头单位', '配合单位', ''])
      for (const c of ['A', 'B', 'C', 'F']) ws.mergeCells(`${c}2:${c}3`)
      ws.mergeCells('D2:E2')
      ws.addRow([1, '打通生命通道', '开展消防车通道集中治理。', '住建分局', '综合行政执法中队、各村（社区）', new Date(Date.UTC(2021, 5, 30))])
      ws.addRow([2, '', '清理占用堵塞疏散通道。', '政法办', '', '每季度末'])
      ws.mergeCells('B4:B5')
    })
    const r = readTaskList(await readXlsxGrid('清单.xlsx', bytes), opts)
    expect(r.listTitle).toBe('2021年消防安全专项整治三年行动任务清单')
    expect(r.problems).toEqual([])
    expect(r.tasks).toEqual([
      { row: 4, seq: 1, title: '打通生命通道', content: '开展消防车通道集中治理。', lead: ['住建分局'], helpers: ['综合行政执法中队', '各村(社区)'], dueText: '2021-06-30', deadline: '2021-06-30', recurring: null, undatable: false },
      { row: 5, seq: 2, title: '打通生命通道', content: '清理占用堵塞疏散通道。', lead: ['政法办'], helpers: [], dueText: '每季度末', deadline: null, recurring: 'quarterly', undatable: false },
    ])
  })

  it('names the file and the header row when no column reads as 责任单位', async () => {
    const bytes = await book((ws) => {
      ws.addRow(['序号', '工作内容', '备注'])
      ws.addRow([1, '开展检查', ''])
    })
    const grid = await readXlsxGrid('清单.xlsx', bytes)
    expect(() => readTaskList(grid, opts)).toThrow('「清单.xlsx」表头（第1行：序号 | 工作内容 | 备注）中没有读作责任单位的列')
  })
})
