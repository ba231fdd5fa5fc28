import { describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { messyLedger, MESSY_ROWS } from '../../fixtures/import/ledger'
import { casesFile, IMPORT_DAY, ledgerApp, tableCounts } from './support'

const DATE_HINT = '（可写作 2024-3-5、2024/3/5、2024.3.5 或 2024年3月5日）'

describe('import of a messy case ledger', () => {
  it('finds the header under the merged title and maps the columns by their names', async () => {
    const app = await ledgerApp()
    const p = await app.call('import/preview', casesFile(await messyLedger()))
    expect(p.headerRow).toBe(4)
    expect(p.sheet).toBe('隐患台账')
    expect(p.columns.map((c) => `${c.column} ${c.header} → ${c.fieldLabel}`)).toEqual([
      'A 序号 → ',
      'B 单位名称 → 单位名称',
      'C 地址 → 地址',
      'D 负责人 → 消防安全责任人',
      'E 联系电话 → 责任人电话',
      'F 所属村 → 所属村(社区)',
      'G 场所类型 → 场所类别',
      'H 隐患内容 → 隐患内容',
      'I 隐患类别 → 隐患类别',
      'J 检查日期 → 发现日期',
      'K 整改时限 → 整改期限',
      'L 整改情况 → 整改情况',
      'M 销号日期 → 销号日期',
      'N 备注 → 备注',
    ])
  })

  it('lists every problem by sheet row and column, in Chinese', async () => {
    const app = await ledgerApp()
    const p = await app.call('import/preview', casesFile(await messyLedger()))
    expect(p.problems).toEqual([
      { row: null, column: '', field: 'requirement', level: 'warning', message: '未找到「整改要求」列：导入的隐患整改要求为空，下发整改通知书前须逐条补填' },
      { row: null, column: '', field: 'severity', level: 'warning', message: '未找到「隐患等级」列：都按「一般隐患」导入' },
      { row: null, column: '', field: 'source', level: 'warning', message: '未找到「发现方式」列：都按「日常检查」导入' },
      { row: null, column: '', field: '', level: 'warning', message: '表中没有这些列，新登记的记录中为空：依据、检查人员' },
      { row: 8, column: 'G 场所类型', field: 'kind', level: 'warning', message: '场所类别「五金店」未登记，归入「其他」' },
      { row: 9, column: 'I 隐患类别', field: 'category', level: 'warning', message: '隐患类别「私拉电线」未登记，归入「其他」' },
      { row: 10, column: 'B 单位名称', field: 'name', level: 'error', message: '未填写单位名称' },
      { row: 10, column: 'J 检查日期', field: 'foundDate', level: 'error', message: `「2024-13-45」不是有效日期${DATE_HINT}` },
      { row: 11, column: 'K 整改时限', field: 'deadline', level: 'warning', message: '未填整改期限，按销号日期登记' },
    ])
    expect(p.rows.map((r) => [r.row, r.action, r.subjectName, r.summary, r.reason])).toEqual([
      [5, 'create', '好运来小吃店', '2024年1月8日发现 · 已销号，2024年1月14日销号', '新建单位'],
      [6, 'create', '好运来小吃店', '2024年3月5日发现 · 整改中', '与第5行是同一单位'],
      [8, 'create', '鑫达五金店', '2024年4月2日发现 · 已登记', '新建单位'],
      [9, 'create', '宏盛电器厂', '2024年4月10日发现 · 已销号，2024年5月6日销号', '新建单位'],
      [10, 'error', '', '', '未填写单位名称'],
      [11, 'create', '顺发超市', '2024年3月5日发现 · 已销号，2024年3月20日销号', '新建单位'],
      [12, 'skip', '', '', '合计行，不导入'],
    ])
    expect(p.counts).toEqual({
      rows: 7,
      blank: 1,
      create: 5,
      match: 0,
      skip: 1,
      error: 1,
      warnings: 7,
      subjects: { create: 4, match: 0 },
      cases: { create: 5, byStatus: { closed: 3, rectifying: 1, registered: 1 } },
      areas: { create: [] },
    })
    expect(p.canCommit).toBe(false)
  })

  it('refuses to commit while a row has an error, and writes nothing', async () => {
    const app = await ledgerApp()
    const before = tableCounts(app)
    const r = await app.invoke('import/commit', casesFile(await messyLedger()))
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'skipInvalid',
        message: '有 1 行存在错误（如第10行：未填写单位名称），未导入任何数据。请修改表格后重新导入，或选择“跳过有错误的行”。',
      },
    })
    expect(tableCounts(app)).toEqual(before)
  })

  it('commits the good rows when skipping is allowed, and reports what it did', async () => {
    const app = await ledgerApp()
    const report = await app.call('import/commit', casesFile(await messyLedger(), { skipInvalid: true }))
    expect(report.created).toEqual({ subjects: 4, cases: 5, areas: [] })
    expect(report.matched).toEqual({ subjects: 0 })
    expect(report.skipped).toEqual([
      { row: 10, reason: '未填写单位名称' },
      { row: 12, reason: '合计行，不导入' },
    ])
    const subjects = await app.call('subjects/list', { sort: 'name' })
    expect(subjects.rows.map((s) => [s.name, s.areaName, s.kindName, s.responsibleName, s.responsiblePhone])).toEqual([
      ['好运来小吃店', '柳黄头村', '九小场所', '张三', '13800000001'],
      ['宏盛电器厂', '长江村', '工业企业', '王五', '0577-61234567'],
      ['鑫达五金店', '长江村', '其他', '李四', '13900000002'],
      ['顺发超市', '柳黄头村', '商场市场', '钱七', ''],
    ])
  })

  it('brings each hazard in at the state its outcome columns give, closed ones with their closure dates', async () => {
    const app = await ledgerApp()
    await app.call('import/commit', casesFile(await messyLedger(), { skipInvalid: true }))
    const list = await app.call('cases/list', { sort: 'number', order: 'asc' })
    expect(list.rows.map((c) => [c.number, c.subjectName, c.foundDate, c.deadline, c.status, c.closedDate, c.categoryName, c.overdue])).toEqual([
      ['2024-0001', '好运来小吃店', '2024-01-08', '2024-01-15', 'closed', '2024-01-14', '消防设施损坏停用', false],
      ['2024-0002', '好运来小吃店', '2024-03-05', '2024-03-20', 'rectifying', null, '占用堵塞疏散通道/安全出口', true],
      ['2024-0003', '顺发超市', '2024-03-05', '2024-03-20', 'closed', '2024-03-20', '占用堵塞疏散通道/安全出口', false],
      ['2024-0004', '鑫达五金店', '2024-04-02', '2024-04-09', 'registered', null, '电动自行车违规停放充电', true],
      ['2024-0005', '宏盛电器厂', '2024-04-10', '2024-04-30', 'closed', '2024-05-06', '其他', false],
    ])
    const remarked = list.rows.find((c) => c.number === '2024-0005')
    expect([remarked?.description, remarked?.remarks]).toEqual(['车间内私拉乱接电线', '已约谈负责人'])

    const first = await app.call('cases/get', { id: list.rows[0]?.id ?? '' })
    expect(first.timeline.map((e) => [e.action, e.fromStatus, e.toStatus, e.date, e.note, e.data.imported])).toEqual([
      ['register', null, 'registered', '2024-01-08', '由「台账.xlsx」第5行导入', true],
      ['notice', 'registered', 'noticed', '2024-01-08', '由「台账.xlsx」第5行导入', true],
      ['startRectify', 'noticed', 'rectifying', '2024-01-08', '由「台账.xlsx」第5行导入', true],
      ['requestRecheck', 'rectifying', 'awaiting_recheck', '2024-01-14', '由「台账.xlsx」第5行导入', true],
      ['recheckPassed', 'awaiting_recheck', 'recheck_passed', '2024-01-14', '由「台账.xlsx」第5行导入', true],
      ['close', 'recheck_passed', 'closed', '2024-01-14', '由「台账.xlsx」第5行导入', true],
    ])
  })

  it("gives the past quarters' figures from the ledger's dates, not from the day of import", async () => {
    const app = await ledgerApp()
    await app.call('import/commit', casesFile(await messyLedger(), { skipInvalid: true }))
    const q = (from: string, to: string) =>
      app.ctx.db
        .prepare(
          `SELECT (SELECT count(*) FROM cases WHERE found_date BETWEEN @from AND @to) AS found,
                  (SELECT count(*) FROM cases WHERE closed_date BETWEEN @from AND @to) AS closed`,
        )
        .get({ from, to })
    expect(q('2024-01-01', '2024-03-31')).toEqual({ found: 3, closed: 2 })
    expect(q('2024-04-01', '2024-06-30')).toEqual({ found: 2, closed: 1 })
    expect(q('2024-07-01', '2024-09-30')).toEqual({ found: 0, closed: 0 })
  })

  it('audits every write of the import', async () => {
    const app = await ledgerApp()
    const report = await app.call('import/commit', casesFile(await messyLedger(), { skipInvalid: true }))
    const rows = app.ctx.db.prepare("SELECT entity, count(*) AS n FROM audit_log WHERE action = 'import' GROUP BY entity ORDER BY entity").all()
    expect(rows).toEqual([
      { entity: 'case', n: 5 },
      { entity: 'importBatch', n: 1 },
      { entity: 'subject', n: 4 },
    ])
    const batch = app.ctx.db.prepare("SELECT entity_id AS id, operator FROM audit_log WHERE entity = 'importBatch'").get()
    expect(batch).toEqual({ id: report.batchId, operator: expect.any(String) })
  })

  it('tells open pages once the data is in, and only when something was written', async () => {
    const events: [string, unknown][] = []
    const app = openApp({ dataDir: null, clock: fixedClock(IMPORT_DAY), newId: sequentialIds(), onEvent: (e, p) => events.push([e, p]) })
    for (const name of ['柳黄头村', '长江村']) await app.call('areas/create', { name })
    const bytes = await messyLedger()
    await app.call('import/preview', casesFile(bytes, { skipInvalid: true }))
    expect(events).toEqual([])
    const report = await app.call('import/commit', casesFile(bytes, { skipInvalid: true }))
    await app.call('import/commit', casesFile(bytes, { skipInvalid: true }))
    expect(events).toEqual([['import/committed', { batchId: report.batchId, kind: 'cases' }]])
  })

  it('creates nothing when the same file is imported again', async () => {
    const app = await ledgerApp()
    const bytes = await messyLedger()
    await app.call('import/commit', casesFile(bytes, { skipInvalid: true }))
    const after = tableCounts(app)
    const preview = await app.call('import/preview', casesFile(bytes, { skipInvalid: true }))
    expect(preview.counts).toMatchObject({ create: 0, skip: 6, error: 1, subjects: { create: 0, match: 0 }, cases: { create: 0 } })
    const again = await app.call('import/commit', casesFile(bytes, { skipInvalid: true }))
    expect(again.batchId).toBeNull()
    expect(again.created).toEqual({ subjects: 0, cases: 0, areas: [] })
    expect(again.skipped).toEqual([
      { row: 5, reason: '已于2024年7月1日从「台账.xlsx」导入过' },
      { row: 6, reason: '已于2024年7月1日从「台账.xlsx」导入过' },
      { row: 8, reason: '已于2024年7月1日从「台账.xlsx」导入过' },
      { row: 9, reason: '已于2024年7月1日从「台账.xlsx」导入过' },
      { row: 10, reason: '未填写单位名称' },
      { row: 11, reason: '已于2024年7月1日从「台账.xlsx」导入过' },
      { row: 12, reason: '合计行，不导入' },
    ])
    expect(tableCounts(app)).toEqual(after)
  })

  it('brings in only the corrected row when the fixed ledger is imported again', async () => {
    const app = await ledgerApp()
    await app.call('import/commit', casesFile(await messyLedger(), { skipInvalid: true }))
    const fixed = MESSY_ROWS.map((r) => (r[0] === 5 ? [5, '永兴餐馆', ...r.slice(2, 9), '2024-5-13', ...r.slice(10)] : r))
    const report = await app.call('import/commit', casesFile(await messyLedger(fixed)))
    expect(report.created).toEqual({ subjects: 1, cases: 1, areas: [] })
    expect(report.skipped.map((s) => s.row)).toEqual([5, 6, 8, 9, 11, 12])
    expect((await app.call('cases/list', {})).total).toBe(6)
  })

  it('writes nothing at all when a write fails part-way', async () => {
    const app = await ledgerApp()
    // The last hazard in order of finding (row 9) cannot be written: four cases and every unit are already in.
    app.ctx.db.exec(`CREATE TRIGGER fail_row_9 BEFORE INSERT ON cases WHEN new.description LIKE '车间内私拉乱接电线%'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const before = tableCounts(app)
    const r = await app.invoke('import/commit', casesFile(await messyLedger(), { skipInvalid: true }))
    expect(r.ok).toBe(false)
    expect(tableCounts(app)).toEqual(before)
  })
})
