import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { messyLedger } from '../../fixtures/import/ledger'
import { cli } from '../cli/run'

let dir: string
let ledger: string
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-import-cli-'))
  ledger = join(dir, '柳市台账.xlsx')
  writeFileSync(ledger, await messyLedger())
  for (const name of ['柳黄头村', '长江村']) expect((await cli('--data', dir, 'call', 'areas/create', JSON.stringify({ name }))).code).toBe(0)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('firedesk import', () => {
  it('--dry-run prints the mapping, every problem by row and column, and what would happen', async () => {
    const r = await cli('--data', dir, 'import', 'cases', ledger, '--dry-run')
    expect(r.code).toBe(1)
    const lines = r.out.split('\n')
    expect(lines[0]).toBe('文件：柳市台账.xlsx（工作表「隐患台账」，表头在第4行）')
    expect(lines).toContain('  J 检查日期 → 发现日期')
    expect(lines).toContain('  A 序号 → （不导入）')
    expect(lines).toContain('问题：错误 2 个，提醒 7 个')
    expect(lines).toContain('  全表 提醒：未找到「整改要求」列：导入的隐患整改要求为空，下发整改通知书前须逐条补填')
    expect(lines).toContain('  第10行 B列「单位名称」 错误：未填写单位名称')
    expect(lines).toContain('  第8行 G列「场所类型」 提醒：场所类别「五金店」未登记，归入「其他」')
    expect(lines).toContain('数据行 7 行（另有空行 1 行）：新建 5 行，匹配 0 行，跳过 1 行，有错误 1 行')
    expect(lines).toContain('  新建单位 4 个，匹配已登记单位 0 个，新建隐患 5 条（已登记 1、整改中 1、已销号 3）')
    expect(lines.at(-1)).toBe('（试运行，未写入任何数据；有错误，需修改表格或加 --skip-invalid）')
    expect(JSON.parse((await cli('--data', dir, 'call', 'cases/list', '{}')).out).total).toBe(0)
  })

  it('refuses a file with errors, and imports the good rows with --skip-invalid', async () => {
    const refused = await cli('--data', dir, 'import', 'cases', ledger)
    expect(refused.code).toBe(1)
    expect(refused.err).toBe('有 1 行存在错误（如第10行：未填写单位名称），未导入任何数据。请修改表格后重新导入，或选择“跳过有错误的行”。')
    expect(JSON.parse((await cli('--data', dir, 'call', 'cases/list', '{}')).out).total).toBe(0)

    const done = await cli('--data', dir, 'import', 'cases', ledger, '--skip-invalid')
    expect(done.code).toBe(0)
    expect(done.out.split('\n').slice(-4)).toEqual(['已导入：新建单位 4 个，新建隐患 5 条，匹配已登记单位 0 个', '跳过 2 行：', '  第10行：未填写单位名称', '  第12行：合计行，不导入'])
    expect(JSON.parse((await cli('--data', dir, 'call', 'cases/list', '{}')).out).total).toBe(5)
  })

  it('imports units with a default village for rows that name none', async () => {
    const roster = join(dir, '名册.csv')
    writeFileSync(roster, '单位名称,地址,负责人\n华联超市,柳市镇前街1号,吴一\n')
    const unknown = await cli('--data', dir, 'import', 'subjects', roster, '--default-area', '象阳村')
    expect([unknown.code, unknown.err]).toEqual([1, '村(社区)「象阳村」未登记'])
    const done = await cli('--data', dir, 'import', 'subjects', roster, '--default-area', '长江村')
    expect(done.out.split('\n').at(-1)).toBe('已导入：新建单位 1 个，匹配已登记单位 0 个')
    const [unit] = JSON.parse((await cli('--data', dir, 'call', 'subjects/list', '{}')).out).rows
    expect([unit.name, unit.areaName, unit.responsibleName]).toEqual(['华联超市', '长江村', '吴一'])
  })

  it('takes a mapping as JSON and explains bad usage', async () => {
    const mapped = await cli('--data', dir, 'import', 'cases', ledger, '--dry-run', '--mapping', '{"N":""}')
    expect(mapped.out).toContain('  N 备注 → （不导入）')
    const bad = await cli('--data', dir, 'import', 'cases', ledger, '--mapping', '{N:')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--mapping 不是有效的 JSON')
    expect((await cli('--data', dir, 'import', 'letters', ledger)).code).toBe(2)
  })
})
