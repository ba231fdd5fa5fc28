/** Words the demo data is made of: a township like 柳市镇, its places, people and hazards. */
import type { AreaType } from '../areas/schema'

export const AREAS: readonly { name: string; type: AreaType }[] = [
  { name: '柳黄头村', type: 'village' },
  { name: '长江村', type: 'village' },
  { name: '吕庄村', type: 'village' },
  { name: '西岙村', type: 'village' },
  { name: '湖头村', type: 'village' },
  { name: '龙泉村', type: 'village' },
  { name: '东风村', type: 'village' },
  { name: '新市村', type: 'village' },
  { name: '黄华村', type: 'village' },
  { name: '前街社区', type: 'community' },
  { name: '后街社区', type: 'community' },
  { name: '新光社区', type: 'community' },
  { name: '柳青社区', type: 'community' },
  { name: '智广工业区', type: 'industrial_zone' },
]

export const GRIDS = ['第一网格', '第二网格', '第三网格', '第四网格'] as const

export const ROADS = [
  '柳青路', '柳翁西路', '兴业路', '长江路', '前进路', '新市街', '环城北路', '柳川路', '车站路', '旭阳路', '吕庄路', '智广路',
  '电器城大道', '东风路', '湖头路', '龙泉街',
] as const

/** 商号: the distinctive part of a unit's name. */
export const TRADE_NAMES = [
  '鑫达', '宏盛', '顺发', '金鼎', '永兴', '华联', '正远', '德信', '天瑞', '恒通', '瑞丰', '新力', '祥和', '嘉利', '隆盛', '佳美',
  '盛泰', '鸿运', '通达', '万和', '百信', '东升', '华茂', '兴旺', '宝利', '森源', '利民', '金海', '群力', '富康', '好运来', '聚福',
  '长城', '天正', '新亚', '中捷', '一帆', '凯达', '明远', '博宇', '汇丰', '锦程', '友邦', '荣华', '协力', '创新', '安达', '光明',
] as const

export const SURNAMES = [
  '郑', '陈', '黄', '王', '林', '叶', '朱', '胡', '吴', '潘', '张', '李', '周', '徐', '赵', '金', '卢', '倪', '南', '刘', '杨', '施',
] as const
export const GIVEN = [
  '建国', '晓东', '丽娜', '志强', '海燕', '明辉', '小平', '伟', '芳', '军', '静', '勇', '秀英', '国华', '春燕', '永胜', '美玲',
  '德明', '建华', '立新', '文斌', '慧', '杰', '振华', '雪梅', '国庆', '红霞', '宏伟', '亚萍', '启明',
] as const

/** The office's own staff: inspectors and operators of the demo. */
export const STAFF = ['郑建国', '陈晓东', '黄丽娜', '王志强', '林海燕', '叶明辉'] as const
export const APPROVERS = ['分管副镇长 周立新', '消安委办主任 郑国华'] as const

export const PHONE_PREFIXES = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '187', '189'] as const

/** How a name is made for each subject kind (sk01…sk18): {t} trade name, {a} area, {r} road. */
export const KIND_NAMES: Readonly<Record<string, readonly string[]>> = {
  sk01: ['{t}小吃店', '{t}五金店', '{t}便利店', '{t}理发店', '{t}早餐店', '{t}棋牌室', '{t}副食品店', '{t}电器维修店', '{t}快餐店', '{t}药店'],
  sk02: ['{a}{r}出租房', '{a}{r}民房（出租）'],
  sk03: ['{t}电器配件加工点', '{t}服装加工点', '{t}五金加工作坊'],
  sk04: ['{t}大厦', '{t}花园小区'],
  sk05: ['{t}培训中心', '{t}健身会所', '{a}文化礼堂'],
  sk06: ['乐清市{t}电气有限公司', '浙江{t}电器有限公司', '乐清市{t}开关厂', '乐清市{t}仪表有限公司', '{t}线缆有限公司', '乐清市{t}机械厂'],
  sk07: ['{t}物流有限公司柳市仓库', '{t}货运部', '{t}仓储服务部'],
  sk08: ['{t}项目工地', '{a}安置房工程'],
  sk09: ['{t}加油站', '{t}液化气供应站', '{t}化工经营部'],
  sk10: ['{a}幼儿园', '柳市{a}小学'],
  sk11: ['{a}卫生室', '{t}诊所'],
  sk12: ['{a}居家养老服务中心', '{t}颐养院'],
  sk13: ['{t}宾馆', '{t}大酒店', '{t}快捷酒店'],
  sk14: ['{t}超市', '{a}农贸市场', '{t}商贸城'],
  sk15: ['{t}KTV', '{t}网吧', '{t}足浴店'],
  sk16: ['{a}村（居）委会'],
  sk17: ['柳市镇{t}办公室'],
  sk18: ['{t}停车场', '{t}洗车店'],
}

/** How common each kind is among the supervised places. */
export const KIND_WEIGHTS: Readonly<Record<string, number>> = {
  sk01: 28, sk02: 20, sk03: 6, sk04: 2, sk05: 3, sk06: 20, sk07: 5, sk08: 2, sk09: 1, sk10: 1, sk11: 1, sk12: 1, sk13: 2, sk14: 3, sk15: 2,
  sk16: 0.5, sk17: 0.2, sk18: 2,
}

/** Kinds that are companies and so carry a 统一社会信用代码. */
export const COMPANY_KINDS = new Set(['sk01', 'sk03', 'sk05', 'sk06', 'sk07', 'sk09', 'sk13', 'sk14', 'sk15', 'sk18'])

export interface HazardText {
  places: readonly string[]
  problems: readonly string[]
  basis: string
  requirements: readonly string[]
  /** How likely a hazard of this category is major (重大火灾隐患). */
  major: number
}

export type CategoryId = 'cc01' | 'cc02' | 'cc03' | 'cc04' | 'cc05' | 'cc06' | 'cc07' | 'cc08' | 'cc09' | 'cc10' | 'cc11' | 'cc12'

const LAW = '《中华人民共和国消防法》'
/** Hazard texts per seeded category (the ids of migration 0002). */
export const HAZARDS: Readonly<Record<CategoryId, HazardText>> = {
  cc01: {
    places: ['厨房', '一层店面', '生产车间', '仓库', '楼道'],
    problems: ['使用瓶装液化石油气未安装可燃气体报警装置', '电气线路私拉乱接', '大功率电器插座超负荷使用', '电线未穿管保护', '违规使用电热器具', '动火作业未办理审批手续'],
    basis: `${LAW}第二十一条、第二十七条`,
    requirements: ['拆除私拉乱接线路，由持证电工规范敷设并穿管保护', '安装可燃气体报警装置并规范使用燃气', '停止违规用火用电，落实动火审批制度'],
    major: 0.02,
  },
  cc02: {
    places: ['一层', '二层', '疏散楼梯间', '安全出口处', '走道'],
    problems: ['疏散通道堆放杂物', '安全出口上锁', '疏散楼梯间堆放货物', '疏散指示标志损坏', '安全出口数量不足'],
    basis: `${LAW}第二十八条`,
    requirements: ['清除杂物，保持疏散通道、安全出口畅通', '营业期间安全出口不得上锁', '修复疏散指示标志'],
    major: 0.03,
  },
  cc03: {
    places: ['厂区', '小区', '市场周边', '门前'],
    problems: ['消防车通道被车辆占用', '在消防车通道上设置固定隔离桩', '消防车通道堆放建材'],
    basis: `${LAW}第二十八条`,
    requirements: ['清除消防车通道障碍物，施划禁停标线', '拆除隔离桩，保持消防车通道畅通'],
    major: 0.02,
  },
  cc04: {
    places: ['一层', '车间', '仓库', '楼层走道', '消防控制室'],
    problems: ['灭火器压力不足', '灭火器过期未检', '室内消火栓无水', '应急照明灯损坏', '火灾自动报警系统故障', '自动喷水灭火系统阀门关闭'],
    basis: `${LAW}第十六条、第二十八条`,
    requirements: ['更换或送检灭火器', '维修消防设施并保持完好有效', '委托维保单位检测并出具报告'],
    major: 0.04,
  },
  cc05: {
    places: ['生产车间', '仓库', '阁楼', '店面后间'],
    problems: ['生产经营区域内设置员工宿舍', '仓库内住人', '阁楼住人未设置独立疏散通道'],
    basis: `${LAW}第十九条`,
    requirements: ['清理住人区域，人员搬离生产经营场所', '住宿部分与生产经营部分进行防火分隔并设置独立疏散通道'],
    major: 0.1,
  },
  cc06: {
    places: ['楼道', '门厅', '楼梯间', '一层室内'],
    problems: ['停放电动自行车', '为电动自行车电池充电', '电动自行车飞线充电'],
    basis: '《高层民用建筑消防安全管理规定》第三十七条',
    requirements: ['电动自行车移至集中停放充电场所', '拆除飞线，禁止室内充电'],
    major: 0.02,
  },
  cc07: {
    places: ['顶层', '店面', '车间', '彩钢棚'],
    problems: ['使用易燃可燃材料装修', '采用聚苯乙烯夹芯彩钢板搭建', '吊顶使用可燃材料'],
    basis: `${LAW}第二十六条`,
    requirements: ['拆除易燃可燃装修材料，改用不燃材料', '拆除夹芯彩钢板搭建部分'],
    major: 0.08,
  },
  cc08: {
    places: ['屋顶', '院内', '建筑之间', '门前'],
    problems: ['违章搭建占用防火间距', '屋顶违章搭建彩钢棚', '违章搭建堵塞疏散通道'],
    basis: `${LAW}第二十八条`,
    requirements: ['拆除违章搭建部分，恢复防火间距', '由属地村（社区）督促拆除违章建筑'],
    major: 0.04,
  },
  cc09: {
    places: ['仓库', '车间', '店面', '地下室'],
    problems: ['违规存放油漆稀释剂', '超量存放瓶装液化石油气', '易燃液体与其他物品混存'],
    basis: `${LAW}第二十三条`,
    requirements: ['清理超量易燃易爆物品，设置专用储存间', '易燃易爆物品分类分区存放'],
    major: 0.15,
  },
  cc10: {
    places: ['一层与二层之间', '车间与仓库之间', '楼梯间', '管道井'],
    problems: ['防火分隔不到位', '防火门损坏无法关闭', '管道井未进行防火封堵'],
    basis: '《建筑设计防火规范》GB 50016-2014',
    requirements: ['采用耐火极限符合要求的墙体进行防火分隔', '修复防火门并保持常闭', '对管道井进行防火封堵'],
    major: 0.06,
  },
  cc11: {
    places: ['单位', '场所'],
    problems: ['未开展防火巡查检查', '员工未经消防安全培训', '未制定灭火和应急疏散预案', '消防控制室值班人员无证上岗'],
    basis: `${LAW}第十六条、第十七条`,
    requirements: ['建立防火巡查检查制度并落实记录', '组织员工消防安全培训和疏散演练', '制定预案并每半年演练一次'],
    major: 0.01,
  },
  cc12: {
    places: ['场所', '周边'],
    problems: ['消防安全标识缺失', '微型消防站器材配备不足', '电气线路老化'],
    basis: `${LAW}第十六条`,
    requirements: ['按要求整改到位', '补齐器材并落实管理'],
    major: 0.01,
  },
}

export const CATEGORY_WEIGHTS: Readonly<Record<CategoryId, number>> = {
  cc01: 22, cc02: 18, cc03: 6, cc04: 20, cc05: 5, cc06: 9, cc07: 4, cc08: 3, cc09: 3, cc10: 3, cc11: 6, cc12: 1,
}

export const SOURCE_WEIGHTS = { routine: 50, special: 20, joint: 10, night: 8, report: 6, assigned: 4, media: 2 } as const

export const VOID_REASONS = ['重复登记', '录入错误，已重新登记', '经核实不属于消防安全隐患'] as const
