import { kindOf } from '../../electron/core/documents/kinds'
import type { DocumentKindCode } from '../../electron/core/documents/types'

/*
 * Every kind with long, realistic data: long unit and office names, long titles, 25 hazards of
 * about 300 characters, a village list as long as a town's. The sample renderer prints them next
 * to the fixtures, and the layout tests measure them (page count, nothing outside the 版心).
 */

export const LONG_UNIT = '乐清市柳市镇长江村宏盛电器有限公司'
export const LONG_OFFICE = '浙江省乐清市柳市镇人民政府消防安全委员会办公室'

/** About 300 characters, as inspectors write a hazard: where, what, how much, since when. */
export function longHazard(i: number): string {
  return (
    `第${i}处：${LONG_UNIT}一号生产车间二层东侧员工宿舍与成品仓库设置在同一建筑内，未采取任何防火分隔措施，宿舍内住有员工十二人；` +
    '仓库内堆放大量塑料外壳、包装纸箱、泡沫填充物等可燃物，堆垛高度超过四米，距离照明灯具不足零点五米；' +
    '车间内电气线路私拉乱接，多处使用多孔插座串接，部分线路绝缘层老化破损，未穿管保护；' +
    '楼梯间内停放电动自行车七辆并在夜间充电，占用疏散通道，疏散通道净宽不足零点八米；' +
    '二层仅设一个安全出口，另一出口被铁栅栏封闭，应急照明灯和疏散指示标志损坏未修复，' +
    `室内消火栓箱内水带缺失，灭火器压力不足，该隐患自上次检查（2024年1月${(i % 28) + 1}日）以来仍未整改，检查时现场负责人在场并签字确认。`
  )
}

const hazards = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    description: longHazard(i + 1),
    basis: '《中华人民共和国消防法》第二十八条',
    requirement: '立即停止在车间所在建筑内住人，恢复第二安全出口，规范电气线路。',
  }))

const villages = ['柳黄头村', '长江村', '象阳村', '吕庄村', '西岙村', '前街社区', '后街社区', '新光社区', '东风村', '黄华村', '七里港村', '湖头村', '大桥村', '沙门村', '岐头村', '蒲岐村']

/** The kind's fixture with long names, titles and lists. */
export function longData(code: DocumentKindCode): Record<string, unknown> {
  const f = kindOf(code).fixture as Record<string, unknown>
  const title = (t: string) => ({ title: t })
  switch (code) {
    case 'rectification_notice':
      return { ...f, subjectName: LONG_UNIT, hazards: hazards(25) }
    case 'recheck_opinion':
      return { ...f, subjectName: LONG_UNIT, results: hazards(8).map((h, i) => ({ description: h.description, finding: '经现场复查，宿舍已搬离，可燃物已清理，电气线路已重新敷设。', outcome: i % 3 === 0 ? 'failed' : 'passed' })) }
    case 'warning_letter':
      return { ...f, recipient: LONG_UNIT }
    case 'notice_letter':
      return { ...f, recipient: LONG_UNIT, ...title(`关于督促${LONG_UNIT}加快消防安全隐患整改情况的函`) }
    case 'interview_notice':
    case 'interview_minutes':
      return { ...f, intervieweeUnit: LONG_UNIT }
    case 'supervision_notice':
      return { ...f, recipient: LONG_UNIT, subjectName: LONG_UNIT, ...title(`关于对${LONG_UNIT}重大火灾隐患实行挂牌督办的通知`) }
    case 'circular':
      return { ...f, ...title('关于2024年第一季度全镇消防安全隐患排查整治工作——“三合一”场所专项整治情况的通报') }
    case 'quarterly_report': {
      const rows = villages.map((name, i) => ({ name, found: String(40 + i * 7), foundClosed: String(30 + i * 5), rate: `${(75 + (i % 20)).toFixed(1)}%`, openAtEnd: String(10 + i), overdueAtEnd: String(i % 7) }))
      const breakdowns = (f.breakdowns as { heading: string }[]).map((b, i) => (i === 0 ? { ...b, rows } : b))
      return { ...f, breakdowns, ...title('柳市镇2024年第一季度消防安全隐患排查整治工作情况汇总') }
    }
  }
}
