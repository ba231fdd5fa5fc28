import { z } from 'zod'
import { isoDate, requiredText } from '../../validation'
import { dateText, defineKind, docNumber, numbered, numberedTag, paragraphs } from './fields'

const schema = z.strictObject({
  number: docNumber(),
  title: requiredText('标题', 100),
  recipient: requiredText('主送机关', 100),
  matter: paragraphs('函告事由'),
  requests: paragraphs('工作要求'),
  replyDeadline: isoDate('函复期限'),
  date: isoDate('成文日期'),
})

/** 函告: a village, department or unit is told in writing about lagging work and asked to reply. */
export const noticeLetter = defineKind({
  code: 'notice_letter',
  name: '函告',
  format: 'letter',
  schema,
  tags: [
    { name: 'number', label: '文号', type: 'text' },
    { name: 'title', label: '标题（如“关于……的函”）', type: 'text' },
    { name: 'recipient', label: '主送机关', type: 'text' },
    { name: 'matter', label: '函告事由（每段一项）', type: 'paras' },
    numberedTag('requests', '工作要求'),
    { name: 'replyDeadline', label: '函复期限', type: 'text' },
    { name: 'date', label: '成文日期', type: 'text' },
  ],
  fixture: {
    number: '柳市消安委办函〔2024〕8号',
    title: '关于督促加快长江村出租房消防安全隐患整改的函',
    recipient: '长江村村民委员会',
    matter: [
      '冬春火灾防控工作开展以来，我办会同镇综合行政执法队对你村居住出租房开展了专项检查，共发现消防安全隐患37处，截至3月15日已整改19处，整改率51.4%，低于全镇平均水平（78.6%）。',
      '其中，长江村东片区6幢“通天房”式出租房仍存在电动自行车在楼道内停放充电、疏散楼梯被封闭等问题，已超过整改期限。',
    ],
    requests: [
      '落实村级属地管理责任，由村主要负责人牵头，对逾期未整改的18处隐患逐户上门督促，建立销号台账。',
      '对拒不整改的出租房，及时报送镇综合行政执法队依法查处。',
      '举一反三，对全村居住出租房开展“回头看”，防止隐患反弹。',
    ],
    replyDeadline: '2024-03-29',
    date: '2024-03-15',
  },
  view: (d) => ({
    number: d.number,
    title: d.title,
    recipient: d.recipient,
    matter: d.matter,
    requests: numbered(d.requests),
    replyDeadline: dateText(d.replyDeadline),
    date: dateText(d.date),
  }),
})
