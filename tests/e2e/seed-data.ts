/**
 * A small, realistic register of 柳市镇 (乐清市): areas with their 网格 and twenty units of the kinds
 * the campaign notices name (出租房, 三合一, 九小场所, 高层, 物流, 养老, 加油站 …). Names are made
 * up; kinds use the seeded ids of the 场所类别 table.
 */
import type { FiredeskApp } from '../../electron/core/app'
import type { AreaCreate } from '../../electron/core/areas/schema'
import { creditCodeCheckChar } from '../../electron/core/subjects/credit-code'
import type { RiskColor, SubjectCreate } from '../../electron/core/subjects/schema'

export const AREAS: (AreaCreate & { name: string })[] = [
  { name: '前街社区', areaType: 'community', grids: ['前街一网格', '前街二网格'], headName: '陈建国', headPhone: '13857712345', sortOrder: 1 },
  { name: '后街社区', areaType: 'community', grids: ['后街一网格', '后街二网格'], headName: '林晓红', headPhone: '13957798765', sortOrder: 2 },
  { name: '新光社区', areaType: 'community', grids: ['新光一网格'], headName: '郑伟', headPhone: '0577-61712345', sortOrder: 3 },
  { name: '吕庄村', areaType: 'village', grids: ['吕庄东片', '吕庄西片'], headName: '吕志强', headPhone: '13780123456', sortOrder: 4 },
  { name: '象阳村', areaType: 'village', grids: ['象阳一组', '象阳二组'], headName: '叶海波', headPhone: '15888712233', sortOrder: 5 },
  { name: '湖头村', areaType: 'village', grids: ['湖头网格'], headName: '黄荣华', headPhone: '13511223344', sortOrder: 6 },
  { name: '长江村', areaType: 'village', grids: [], headName: '倪志刚', headPhone: '13666778899', sortOrder: 7 },
]

/** A valid 统一社会信用代码 of 乐清市 (330382) for a serial number. */
export function creditCode(serial: number): string {
  const first17 = `91330382MA2${String(serial).padStart(6, '0')}`
  return first17 + creditCodeCheckChar(first17)
}

type Row = [name: string, kindId: string, area: string, grid: string, address: string, person: string, phone: string, color: RiskColor, isKey: boolean, enterprise: boolean]

const UNITS: Row[] = [
  ['乐清市柳市镇鑫达电器厂', 'sk06', '吕庄村', '吕庄东片', '柳市镇吕庄工业区8号', '吴建平', '13906771234', 'red', true, true],
  ['柳市镇好运来小吃店', 'sk01', '前街社区', '前街一网格', '柳市镇前街路112号', '黄小燕', '13736271188', 'yellow', false, false],
  ['前街路56号居住出租房', 'sk02', '前街社区', '前街二网格', '柳市镇前街路56号', '郑德明', '13867790321', 'grey', false, false],
  ['宏盛五金加工店（三合一）', 'sk03', '后街社区', '后街一网格', '柳市镇后街路23弄5号', '周国良', '15057725566', 'red', true, false],
  ['新光大厦', 'sk04', '新光社区', '新光一网格', '柳市镇新光路1号', '潘志明', '0577-61756789', 'green', true, true],
  ['柳市镇中心菜市场', 'sk14', '后街社区', '后街二网格', '柳市镇柳青南路88号', '胡建设', '13706779988', 'yellow', true, true],
  ['乐清市顺发物流有限公司柳市站', 'sk07', '湖头村', '湖头网格', '柳市镇湖头村工业路16号', '卢顺发', '13958712678', 'grey', false, true],
  ['柳市镇第一幼儿园', 'sk10', '新光社区', '新光一网格', '柳市镇新光路35号', '王丽娟', '0577-61723456', 'green', true, true],
  ['柳市镇卫生院', 'sk11', '前街社区', '前街一网格', '柳市镇柳翁西路66号', '张学文', '0577-61734567', 'green', true, true],
  ['柳市镇颐康养老院', 'sk12', '象阳村', '象阳一组', '柳市镇象阳村象阳大道203号', '叶秀英', '13587765432', 'yellow', true, true],
  ['乐清市金鼎大酒店', 'sk13', '新光社区', '新光一网格', '柳市镇柳乐路168号', '金鼎盛', '13968776655', 'green', false, true],
  ['星光KTV', 'sk15', '后街社区', '后街一网格', '柳市镇后街路101号2楼', '陈星', '15867712233', 'yellow', true, false],
  ['乐清市永兴塑料制品有限公司', 'sk06', '长江村', '', '柳市镇长江村长虹路9号', '倪永兴', '13777712399', 'grey', false, true],
  ['华联超市柳市店', 'sk05', '象阳村', '象阳二组', '柳市镇象阳村智广路12号', '叶华联', '13819723344', 'green', false, true],
  ['柳市天顺加油站', 'sk09', '湖头村', '湖头网格', '柳市镇湖头村104国道旁', '黄天顺', '13506778811', 'red', true, true],
  ['吕庄村安置房工程工地', 'sk08', '吕庄村', '吕庄西片', '柳市镇吕庄村安置区', '吕建军', '13705776622', 'yellow', false, false],
  ['美佳美发店', 'sk01', '前街社区', '前街二网格', '柳市镇前街路78号', '郑美佳', '18757765544', 'green', false, false],
  ['乐清市德胜电器配件厂', 'sk06', '吕庄村', '吕庄东片', '柳市镇吕庄工业区21号', '吕德胜', '13868770099', 'yellow', false, true],
  ['湖头村电动自行车集中充电棚', 'sk18', '湖头村', '湖头网格', '柳市镇湖头村村委会东侧', '黄荣华', '13511223344', 'grey', false, false],
  ['柳市镇象阳小学', 'sk10', '象阳村', '象阳一组', '柳市镇象阳村学前路1号', '叶建新', '0577-61798765', 'green', true, true],
]

/** Creates the areas and units through the core's handlers; returns area ids by name. */
export async function seedRegister(app: FiredeskApp): Promise<Map<string, string>> {
  const areaIds = new Map<string, string>()
  for (const a of AREAS) areaIds.set(a.name, (await app.call('areas/create', a)).id)
  for (const [i, [name, kindId, area, grid, address, person, phone, riskColor, isKey, enterprise]] of UNITS.entries()) {
    const unit: SubjectCreate = {
      name,
      kindId,
      areaId: areaIds.get(area) ?? '',
      grid,
      address,
      responsibleName: person,
      responsiblePhone: phone,
      riskColor,
      isKey,
      creditCode: enterprise ? creditCode(4100 + i) : '',
    }
    await app.call('subjects/create', unit)
  }
  return areaIds
}

export const UNIT_COUNT = UNITS.length
