import {
  blank,
  body,
  contact,
  contactNote,
  endBlock,
  fileHead,
  group,
  heading1,
  items,
  letterFirstFooter,
  letterFirstHeader,
  letterNumber,
  pageNumberFooters,
  paras,
  recipient,
  signature,
  title,
} from '../../electron/core/documents/ooxml/blocks'
import type { TemplateSource } from './forms'
import { run } from '../../electron/core/documents/ooxml/ooxml'

/* The 公文: letters (信函格式) and red-head documents (文件格式). */

const letter = (text: string): TemplateSource => ({
  body: letterNumber() + blank(1) + text,
  hf: { firstHeader: letterFirstHeader(), firstFooter: letterFirstFooter(), ...pageNumberFooters() },
})

export function warningLetter(): TemplateSource {
  return letter(
    title('消防安全警示函') +
      blank(1) +
      recipient('recipient') +
      paras('facts') +
      paras('risks') +
      body(run('为切实消除火灾隐患，防止火灾事故发生，现向你单位发出警示。请于{deadline}前落实以下事项：')) +
      items('requirements') +
      body(run('逾期未落实的，我办将依法依规采取约谈、挂牌督办、通报等措施，并提请有关部门依法查处。')) +
      body(run('特此警示。')) +
      contact() +
      signature(),
  )
}

export function noticeLetter(): TemplateSource {
  return letter(
    title('{title}') +
      blank(1) +
      recipient('recipient') +
      paras('matter') +
      body(run('为此，请你单位：')) +
      items('requests') +
      body(run('请于{replyDeadline}前将落实情况书面函复我办。')) +
      body(run('特此函告。')) +
      contact() +
      signature(),
  )
}

const redHead = (text: string): TemplateSource => ({
  body: fileHead() + text + endBlock(),
  hf: pageNumberFooters(),
})

export function supervisionNotice(): TemplateSource {
  return redHead(
    title('{title}') +
      blank(1) +
      recipient('recipient') +
      body(run('经检查，{subjectName}存在以下重大火灾隐患：')) +
      paras('hazards') +
      body(run('经研究，决定对上述重大火灾隐患实行挂牌督办，督办期限至{supervisionDeadline}。现将有关要求通知如下：')) +
      items('requirements') +
      paras('reporting') +
      signature() +
      contactNote(),
  )
}

export function circular(): TemplateSource {
  return redHead(
    title('{title}') +
      blank(1) +
      recipient('recipients') +
      paras('intro') +
      group('sections', heading1('{heading}') + paras('paras')) +
      signature(),
  )
}
