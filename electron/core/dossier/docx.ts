import { body, heading1, pageNumberFooters, title } from '../documents/ooxml/blocks'
import { grid } from '../documents/ooxml/grid'
import { para, run } from '../documents/ooxml/ooxml'
import { LINE, buildDocx } from '../documents/ooxml/package'
import { caseSeverityLabels, caseStatusLabels } from '../cases/schema'
import type { Ctx } from '../context'
import { formatDateZh } from '../dates'
import { interviewKindLabels, type InterviewKind } from '../interviews/schema'
import { inspectionKindLabels } from '../inspections/schema'
import type { InspectionKind } from '../cases/schema'
import { localDateTimeZh } from '../reports/format'
import type { ReportFile } from '../reports/schema'
import { loadSettings } from '../settings/service'
import { riskColorNames, type Dossier } from './schema'
import { buildDossier } from './service'
import { outcomeText } from './timeline'

/*
 * The dossier as a Word file, laid out with the GB/T 9704 pieces of the document templates
 * (page, 仿宋_GB2312 三号 body, 方正小标宋 title, 黑体 headings, 四号 tables, page numbers), so it
 * prints like the office's other papers. Written directly: it is a record, not an issued document.
 */

const none = (what: string) => body(run(`无${what}。`))
const d = (iso: string | null): string => (iso === null ? '' : formatDateZh(iso))

function sections(x: Dossier): string[] {
  const s = x.subject
  const c = x.counts
  return [
    heading1('一、基本情况'),
    body(run(`单位名称：${s.name}；场所类别：${s.kindName}；所属村（社区）：${s.areaName}${s.grid ? `，网格：${s.grid}` : ''}；地址：${s.address || '未登记'}。`)),
    body(run(`统一社会信用代码：${s.creditCode || '未登记'}；${s.isKey ? '消防安全重点单位；' : ''}现分类：${riskColorNames[s.riskColor]}色。`)),
    body(run(`消防安全责任人：${s.responsibleName || '未登记'}${s.responsiblePhone ? `（${s.responsiblePhone}）` : ''}；消防安全管理人：${s.managerName || '未登记'}${s.managerPhone ? `（${s.managerPhone}）` : ''}。`)),
    body(
      run(
        `共检查${c.inspections}次（其中未发现隐患${c.noHazardInspections}次），登记隐患${c.cases}处，已销号${c.closed}处，未销号${c.open}处（其中逾期${c.overdue}处，重大火灾隐患${c.majorOpen}处）；回头看${c.revisited}处，反弹${c.relapses}处。`,
      ),
    ),
    heading1('二、分类（绿灰黄红）变更'),
    grid(['日期', '变更', '原因', '经办'], [3, 3, 6, 2], x.colors.map((k) => [d(k.at.slice(0, 10)), k.from === null ? `登记为${riskColorNames[k.to]}色` : `${riskColorNames[k.from]}→${riskColorNames[k.to]}`, k.reason, k.by])),
    heading1('三、检查记录'),
    x.inspections.length === 0
      ? none('检查记录')
      : grid(['检查日期', '类型', '检查人员', '结果'], [3, 2, 4, 3], x.inspections.map((i) => [d(i.date), inspectionKindLabels[i.source as InspectionKind] ?? '', i.inspectors, `${i.hazardCount === 0 ? '未发现隐患' : `发现隐患${i.hazardCount}处`}${i.voidedAt ? '（已作废）' : ''}`])),
    heading1('四、隐患'),
    x.cases.length === 0
      ? none('隐患')
      : grid(['编号', '发现日期', '隐患', '等级', '期限', '状态'], [2, 3, 6, 2, 3, 3], x.cases.map((k) => [k.number, d(k.foundDate), k.description, caseSeverityLabels[k.severity], d(k.deadline), `${caseStatusLabels[k.status]}${k.overdue ? `（逾期${k.overdueDays}天）` : ''}`])),
    heading1('五、文书'),
    x.documents.length === 0 ? none('文书') : grid(['日期', '文号', '标题'], [3, 4, 8], x.documents.map((k) => [d(k.issueDate), k.number ?? '', `${k.title}${k.status === 'voided' ? '（已作废）' : ''}`])),
    heading1('六、约谈与督办'),
    x.interviews.length === 0 && x.supervisions.length === 0
      ? none('约谈和督办')
      : grid(
          ['日期', '事项', '情况'],
          [3, 3, 8],
          [
            ...x.interviews.map((i) => [d((i.startedAt ?? i.plannedAt).slice(0, 10)), interviewKindLabels[i.kind as InterviewKind] ?? '约谈', i.reason]),
            ...x.supervisions.map((v) => [d(v.startDate), '挂牌督办', `隐患${v.caseNumber}，督办期限${d(v.supervisionDeadline)}${v.liftedDate ? `，${d(v.liftedDate)}摘牌` : ''}`]),
          ],
        ),
    heading1('七、回头看'),
    x.revisits.length === 0
      ? none('回头看记录')
      : grid(['回头看', '隐患', '日期', '结果'], [5, 2, 3, 4], x.revisits.map((r) => [r.revisitTitle, r.caseNumber, d(r.checkedOn), `${outcomeText(r.outcome)}${r.newCaseNumber ? `，新立隐患${r.newCaseNumber}` : ''}`])),
    heading1('八、时间线'),
    x.timeline.length === 0 ? none('记录') : grid(['日期', '事项'], [3, 11], x.timeline.map((e) => [d(e.date), e.text])),
  ]
}

/** The dossier of a unit as a .docx, named after the unit and the day it was taken. */
export function dossierDocx(ctx: Ctx, subjectId: string): ReportFile {
  const x = buildDossier(ctx, subjectId)
  const settings = loadSettings(ctx.db)
  const content = [
    title(`${x.subject.name}消防安全户籍化档案`),
    para('', { line: LINE }),
    ...sections(x),
    para('', { line: LINE }),
    body(run(`${settings.officeName}　${localDateTimeZh(x.takenAt)}取自消安督办台`)),
  ].join('')
  const file = buildDocx(content, pageNumberFooters())
  const safeName = x.subject.name.replace(/[\\/:*?"<>|]/g, '_')
  return { fileName: `${safeName}-户籍化档案-${ctx.clock.today()}.docx`, dataBase64: file.toString('base64') }
}
