import { caseSeverityLabels, caseSourceLabels } from '../cases/schema'
import type { Lookup } from './lookup'
import type { ImportField, ImportKind, ImportProblem } from './schema'

/*
 * A column the sheet does not have is not an error of any row, so nothing per row says it; left
 * unsaid, staff find out only later that every imported hazard has no 整改要求. The preview says
 * once, at the top, what each missing column means for the rows that will be written.
 */

interface Situation {
  kind: ImportKind
  has(field: ImportField): boolean
  lookup: Lookup
  defaultAreaChosen: boolean
}

const notice = (field: ImportField | '', message: string): ImportProblem => ({ row: null, column: '', field, level: 'warning', message })

/** Fields whose absence only leaves them empty: named together in one line. */
const LEFT_EMPTY: Readonly<Record<ImportKind, readonly [ImportField, string][]>> = {
  subjects: [
    ['address', '地址'],
    ['responsibleName', '消防安全责任人'],
    ['responsiblePhone', '责任人电话'],
  ],
  cases: [
    ['address', '地址'],
    ['responsibleName', '消防安全责任人'],
    ['responsiblePhone', '责任人电话'],
    ['legalBasis', '依据'],
    ['inspectors', '检查人员'],
  ],
}

function otherName(table: { name: string } | null, what: string): string {
  return table ? `都归入「${table.name}」，导入后可逐条改正` : `没有「其他」${what}可归入，每一行都无法导入，请在列对应中指定`
}

function caseNotices(s: Situation): ImportProblem[] {
  const out: ImportProblem[] = []
  if (!s.has('category')) out.push(notice('category', `未找到「隐患类别」列：隐患${otherName(s.lookup.otherCategory, '类别')}`))
  if (!s.has('requirement')) out.push(notice('requirement', '未找到「整改要求」列：导入的隐患整改要求为空，下发整改通知书前须逐条补填'))
  if (!s.has('deadline')) {
    out.push(notice('deadline', '未找到「整改期限」列：已销号的隐患按销号日期、未销号的按发现日期登记期限（将显示为逾期）'))
  }
  if (!s.has('severity')) out.push(notice('severity', `未找到「隐患等级」列：都按「${caseSeverityLabels.general}」导入`))
  if (!s.has('source')) out.push(notice('source', `未找到「发现方式」列：都按「${caseSourceLabels.routine}」导入`))
  if (!s.has('outcome')) {
    out.push(notice('outcome', '未找到「整改情况」列：填有销号日期或复查日期的按已销号导入，其余按「已登记」导入'))
  }
  return out
}

/** One warning per missing column that changes what is written, and one line for those left empty. */
export function missingColumnNotices(s: Situation): ImportProblem[] {
  const out: ImportProblem[] = []
  if (!s.has('area') && !s.defaultAreaChosen) {
    out.push(notice('area', '未找到「所属村(社区)」列：新登记的单位须选择默认村(社区)，否则无法导入'))
  }
  if (!s.has('kind')) out.push(notice('kind', `未找到「场所类别」列：新登记的单位${otherName(s.lookup.otherKind, '场所类别')}`))
  if (s.kind === 'cases') out.push(...caseNotices(s))
  const empty = LEFT_EMPTY[s.kind].filter(([field]) => !s.has(field))
  if (empty.length > 0) out.push(notice('', `表中没有这些列，新登记的记录中为空：${empty.map(([, label]) => label).join('、')}`))
  return out
}
