import { describe, expect, it } from 'vitest'
import { readDocxGrid } from '../../../electron/core/tasks/import/docx-grid'
import { checkTaskFile } from '../../../electron/core/tasks/import/grid'
import { readTaskList, type ReadOptions } from '../../../electron/core/tasks/import/read-list'
import { buildDocx, sampleTaskList, type BuiltRow } from '../../fixtures/tasks/docx-builder'

const opts: ReadOptions = { year: 2020, campaignStart: '2020-11-20', isRegistered: () => false }
const read = (bytes: Buffer, o: Partial<ReadOptions> = {}) => readTaskList(readDocxGrid('任务清单.docx', bytes), { ...opts, ...o })
const HEADER: BuiltRow = { header: true, cells: ['序号', '工作内容', '责任单位'] }

describe('task list from a .docx (序号 | 工作内容 | 责任单位, deadlines in the text)', () => {
  const doc = buildDocx(
    ['附件', '2020 年度冬春火灾防控工作任务清单'],
    [
      [
        HEADER,
        { cells: ['1', '分类分级实施“回头看”，落实“绿灰黄红”分类管理。', { text: '各社区、政法办（消防）、公安分局（派出所）', vMerge: 'restart' }] },
        { cells: ['2', '12月底前“通天房”式居住出租房隐患整治见底清零。', { vMerge: 'continue' }] },
        { cells: ['3', '12月底前依托“安居码”平台探索建立长效管控机制。', { vMerge: 'continue' }] },
        { cells: ['4', '推进电动自行车安全充电点建设。', '政法办（消防）、公安分局（派出所）各社区'] },
        { cells: ['序号', '工作内容', '责任单位'] },
        { cells: ['5', '每月组织研判会商。', '政法办（消防）'] },
        { cells: ['7', '原则上冬防结束前必须整改完毕。', '政法办（消防）'] },
        { cells: ['7', '2021年3月31日前，至少组织召开1次部门联席会议。', '政法办（消防）、住建分局'] },
      ],
    ],
  )

  it('reads merged cells down a column, the title above, and deadlines inside the text', () => {
    const r = read(doc)
    expect(r.listTitle).toBe('2020 年度冬春火灾防控工作任务清单')
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(r.tasks[1]).toMatchObject({ lead: ['各社区'], helpers: ['政法办(消防)', '公安分局(派出所)'], dueText: '12月底前', deadline: '2020-12-31' })
    expect(r.tasks[4]).toMatchObject({ dueText: '每月', recurring: 'monthly', deadline: null })
    expect(r.tasks[5]).toMatchObject({ dueText: '冬防结束前', deadline: null, undatable: true })
    expect(r.tasks[6]).toMatchObject({ deadline: '2021-03-31', lead: ['政法办(消防)'], helpers: ['住建分局'] })
  })

  it('skips the header typed again mid-table and renumbers a typo with a warning', () => {
    const r = read(doc)
    expect(r.tasks.some((t) => t.content === '工作内容')).toBe(false)
    const seq = r.problems.filter((p) => p.column === '序号')
    expect(seq.map((p) => p.row)).toEqual([8])
    expect(seq[0]?.message).toBe('序号7不连续，已按第6项导入（前一项为第5项）')
    const repeated = read(buildDocx([], [[HEADER, ...['1', '2', '2', '4'].map((n) => ({ cells: [n, `任务${n}`, '住建分局'] }))]]))
    expect(repeated.problems.map((p) => [p.row, p.message])).toEqual([[4, '序号2与前面重复或倒序，已按第3项导入（前一项为第2项）']])
    expect(r.problems.every((p) => p.level === 'warning')).toBe(true)
  })

  it('splits two names run together when both are known, and flags an event deadline', () => {
    const r = read(doc)
    expect(r.tasks[3]).toMatchObject({ lead: ['政法办(消防)'], helpers: ['公安分局(派出所)', '各社区'] })
    expect(r.problems.find((p) => p.row === 5)?.message).toBe('「公安分局(派出所)各社区」拆分为「公安分局(派出所)」「各社区」（名称之间缺少顿号）')
    expect(r.problems.find((p) => p.row === 8 && p.column === '工作内容')?.message).toContain('无法换算为日期')
    expect(r.names).toEqual(['政法办(消防)', '公安分局(派出所)', '住建分局'])
  })

  it('flags a run-together name when only one part is known', () => {
    const one = buildDocx([], [[HEADER, { cells: ['1', '开展检查。', '派出所各社区'] }]])
    const r = read(one)
    expect(r.tasks[0]?.lead).toEqual(['派出所各社区'])
    expect(r.problems[0]).toMatchObject({ row: 2, column: '责任单位', level: 'warning' })
    expect(r.problems[0]?.message).toContain('可能是两个单位连写（含「各社区」）')
  })

  it('refuses a deadline before the campaign start', () => {
    const early = buildDocx([], [[HEADER, { cells: ['1', '3月底前完成整治。', '住建分局'] }]])
    expect(read(early).problems).toEqual([
      { row: 2, column: '工作内容', level: 'error', message: '时限「3月底前」即 2020-03-31，早于专项行动开始日期 2020-11-20（年份不对时请指定年份）' },
    ])
    expect(read(early, { year: 2021 }).problems).toEqual([])
  })
})

describe('task list with 牵头/配合 columns and a 时限 column', () => {
  it('reads a two-row header where 责任单位 spans 牵头 and 配合', () => {
    const doc = buildDocx(
      ['附件2'],
      [
        [
          { header: true, cells: [{ text: '序号', vMerge: 'restart' }, { text: '重点任务', vMerge: 'restart' }, { text: '具体措施', vMerge: 'restart' }, { text: '责任单位', span: 2 }, { text: '时限', vMerge: 'restart' }] },
          { header: true, cells: [{ vMerge: 'continue' }, { vMerge: 'continue' }, { vMerge: 'continue' }, '牵头单位', '配合单位', { vMerge: 'continue' }] },
          { cells: ['1', { text: '隐患清零', vMerge: 'restart' }, '整治通天房。', '住建分局、综合行政执法中队', '各村（社区）', '2021年4月15日前'] },
          { cells: ['2', { vMerge: 'continue' }, '整治彩钢板房。', '综合行政执法中队', '', '两会结束前'] },
          { cells: ['3', '宣传培训', '开展消防宣传月活动。', '党建办（宣传）', '各有关单位', '长期坚持'] },
        ],
      ],
    )
    const r = read(doc)
    expect(r.problems.map((p) => [p.row, p.column, p.level])).toEqual([[4, '时限', 'warning']])
    expect(r.tasks).toEqual([
      { row: 3, seq: 1, title: '隐患清零', content: '整治通天房。', lead: ['住建分局', '综合行政执法中队'], helpers: ['各村(社区)'], dueText: '2021年4月15日前', deadline: '2021-04-15', recurring: null, undatable: false },
      { row: 4, seq: 2, title: '隐患清零', content: '整治彩钢板房。', lead: ['综合行政执法中队'], helpers: [], dueText: '两会结束前', deadline: null, recurring: null, undatable: true },
      { row: 5, seq: 3, title: '宣传培训', content: '开展消防宣传月活动。', lead: ['党建办(宣传)'], helpers: ['各有关单位'], dueText: '长期坚持', deadline: null, recurring: null, undatable: false },
    ])
  })

  it('reads a list split into one table per page with the header repeated', () => {
    const r = read(sampleTaskList(60), { year: 2021, campaignStart: '2021-01-01' })
    expect(r.tasks).toHaveLength(60)
    expect(r.problems).toEqual([])
    expect(r.tasks[1]).toMatchObject({ seq: 2, dueText: '每月26日前', recurring: 'monthly:26', lead: ['住建分局'], helpers: ['安监分局', '各村(社区)'] })
  })
})

describe('bad task-list files', () => {
  const msg = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      return (e as Error).message
    }
    return 'no error'
  }
  it('names the file and what is missing', () => {
    expect(msg(() => read(buildDocx(['只有正文，没有表格'], [])))).toBe('「任务清单.docx」中没有表格：任务清单须是 Word 表格（序号、工作内容、责任单位等列）')
    expect(msg(() => read(buildDocx([], [[{ cells: ['序号', '工作内容', '备注'] }, { cells: ['1', '检查', ''] }]])))).toBe(
      '「任务清单.docx」表头（第1行：序号 | 工作内容 | 备注）中没有读作责任单位的列（应有“责任单位”，或“牵头单位”“配合单位”列）',
    )
    expect(msg(() => read(buildDocx([], [[{ cells: ['序号', '备注', '责任单位'] }, { cells: ['1', '检查', '住建分局'] }]])))).toBe(
      '「任务清单.docx」表头（第1行：序号 | 备注 | 责任单位）中没有读作任务的列（应有“工作内容”“具体措施”或“重点任务”列）',
    )
  })

  it('refuses an old .doc, an encrypted file and a 50 MB file before reading them', () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])
    expect(msg(() => checkTaskFile('清单.doc', cfb))).toBe('「清单.doc」是旧版 .doc 文件，请在WPS/Word中另存为.docx后导入')
    const encrypted = Buffer.concat([cfb, Buffer.from('EncryptedPackage', 'utf16le')])
    expect(msg(() => checkTaskFile('清单.docx', encrypted))).toContain('「清单.docx」设有打开密码（已加密）')
    expect(msg(() => checkTaskFile('清单.docx', Buffer.alloc(50 * 1024 * 1024)))).toContain('「清单.docx」有 50 MB，超过任务清单文件的上限 20 MB')
    expect(checkTaskFile('清单.docx', sampleTaskList(2))).toBe('docx')
  })
})
