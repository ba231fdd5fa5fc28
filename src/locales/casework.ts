/** Strings of the casework a clerk signs: duplicate units, correcting a hazard, the hazards one notice covers. */
export const caseworkZh = {
  duplicates: {
    title: '可能与已登记的单位重复',
    hint: '以下单位名称相同，且地址相同或有一方未填地址。请先打开核对；确认是不同单位的，勾选下面一项后再保存。',
    sameAddress: '地址相同',
    blankAddress: '有一方未填地址',
    sameCreditCode: '统一社会信用代码相同',
    codeHint: '统一社会信用代码相同的是同一单位，不能重复登记。请打开已登记的单位，或核对所填代码。',
    open: '查看档案',
    confirm: '确认不是同一单位，仍要保存',
  },
  caseEdit: {
    button: '修改隐患信息',
    title: '修改隐患信息 {number}',
    hint: '修改会连同原值记入办理过程；已出具的文书不变。整改期限请用“延期”修改。',
    reason: '修改原因',
    reasonPlaceholder: '例如：导入时整改要求漏填',
    reasonRequired: '请填写修改原因：它和原值一起记入办理过程',
    location: '隐患部位',
    legalBasis: '依据',
    responsiblePerson: '整改责任人',
    interimMeasures: '临时防范措施',
    saved: '已修改隐患 {number}',
    unchanged: '没有修改任何内容',
  },
  covered: {
    title: '本文书涵盖的隐患（同一单位、同一次检查发现的，可取消勾选）',
    deadline: '期限 {date}',
    stale: '隐患 {number} 已是“{status}”，不能再下发整改通知（页面已刷新）',
  },
}
