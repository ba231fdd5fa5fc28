import type { ImportField, ImportKind } from './schema'

export interface FieldDef {
  field: ImportField
  label: string
  /** A row without it cannot be imported. */
  required: boolean
  /** Header texts that mean this field, compared after `headerKey`. */
  synonyms: readonly string[]
}

const f = (field: ImportField, label: string, synonyms: readonly string[], required = false): FieldDef => ({ field, label, required, synonyms })

/** What identifies and describes a unit: the columns of a subject list, and of a case ledger. */
const unitFields: readonly FieldDef[] = [
  f('name', '单位名称', ['单位名称', '场所名称', '企业名称', '店名', '店铺名称', '门店名称', '商户名称', '单位(场所)名称', '单位/场所名称', '场所(单位)名称', '被检查单位', '被检查单位名称', '检查对象', '监管对象', '单位', '名称'], true),
  f('kind', '场所类别', ['场所类别', '场所类型', '单位类别', '单位类型', '单位性质', '场所性质', '行业', '行业类别', '所属行业']),
  f('area', '所属村(社区)', ['所属村(社区)', '所属村居', '村(社区)', '所属村', '所属社区', '村居', '村社', '村(居)', '所在村', '所在村(社区)', '村名', '社区', '属地', '所属区域']),
  f('grid', '网格', ['网格', '所属网格', '网格名称', '网格号']),
  f('address', '地址', ['地址', '详细地址', '经营地址', '单位地址', '场所地址', '所在地址', '住所', '地点', '位置']),
  f('creditCode', '统一社会信用代码', ['统一社会信用代码', '信用代码', '社会信用代码', '统一代码', '统一信用代码']),
  f('responsibleName', '消防安全责任人', ['消防安全责任人', '责任人', '负责人', '法定代表人', '法人', '法人代表', '经营者', '经营户', '业主', '房东', '户主', '联系人']),
  f('responsiblePhone', '责任人电话', ['联系电话', '电话', '手机', '手机号', '手机号码', '电话号码', '联系方式', '责任人电话', '负责人电话', '法人电话', '责任人联系电话', '联系人电话']),
  f('managerName', '消防安全管理人', ['消防安全管理人', '管理人']),
  f('managerPhone', '管理人电话', ['管理人电话', '管理人联系电话', '消防安全管理人电话']),
  f('riskColor', '风险分类', ['风险分类', '风险等级', '分类管理', '风险类别', '分级分类', '颜色']),
  f('isKey', '重点单位', ['重点单位', '是否重点单位', '是否重点']),
]

const subjectFields: readonly FieldDef[] = [...unitFields, f('notes', '备注', ['备注', '说明'])]

const caseFields: readonly FieldDef[] = [
  ...unitFields,
  f('foundDate', '发现日期', ['发现日期', '检查日期', '排查日期', '发现时间', '检查时间', '排查时间', '登记日期', '日期'], true),
  f('description', '隐患内容', ['隐患内容', '隐患描述', '存在问题', '存在的问题', '主要问题', '问题描述', '隐患情况', '隐患问题', '检查发现问题', '存在隐患', '火灾隐患', '隐患'], true),
  f('category', '隐患类别', ['隐患类别', '隐患类型', '隐患分类', '问题类别', '问题类型']),
  f('severity', '隐患等级', ['隐患等级', '隐患级别', '是否重大隐患', '是否重大火灾隐患']),
  f('source', '发现方式', ['发现方式', '来源', '隐患来源', '检查方式', '检查类型', '发现途径']),
  f('deadline', '整改期限', ['整改期限', '整改时限', '限改日期', '限期', '整改截止日期', '整改截止时间', '限期整改日期', '限期整改时间', '完成时限', '整改期限(日期)']),
  f('requirement', '整改要求', ['整改要求', '整改措施', '整改意见', '处理意见', '整改建议']),
  f('legalBasis', '依据', ['依据', '法律依据', '整改依据', '违反条款', '违反规定']),
  f('inspectors', '检查人员', ['检查人员', '检查人', '排查人', '排查人员', '发现人', '检查组成员']),
  f('outcome', '整改情况', ['整改情况', '整改状态', '是否整改', '整改结果', '整改进度', '整改落实情况', '完成情况', '办理情况', '是否销号', '状态']),
  f('recheckDate', '复查日期', ['复查日期', '复查时间', '验收日期', '复查验收日期']),
  f('closedDate', '销号日期', ['销号日期', '销号时间', '整改完成日期', '整改完成时间', '完成日期', '实际完成日期']),
  f('remarks', '备注', ['备注', '说明']),
]

export const fieldsOf: Record<ImportKind, readonly FieldDef[]> = { subjects: subjectFields, cases: caseFields }

/**
 * A header as compared with the synonyms: full-width forms folded (so （社区） is (社区)), spaces
 * and line breaks dropped, a required-field star and a trailing colon removed.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[*※]+|[*※:]+$/g, '')
}

/** The same header without what is in brackets: 「整改期限（天）」 → 「整改期限」. */
export const withoutBrackets = (key: string): string => key.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
