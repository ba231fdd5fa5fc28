import { audit } from '../audit'
import { inTx, type Ctx } from '../context'
import { builtinTemplate } from '../documents/builtin'
import { documentKinds, kindOf } from '../documents/kinds'
import type { DocumentKindCode } from '../documents/types'
import { cappedBytes, templateCaps } from '../safety/file-caps'
import { loadSettings } from '../settings/service'
import { BIG_FILE_BYTES, runJob } from '../worker/run'
import { customSince, previousCopies, putCustom, removeCustom, sha256Of, templateInUse } from './store'
import type { TemplateCheckResult, TemplateFile, TemplateInfo, TemplateReplaceResult } from './types'

export function templateInfo(ctx: Ctx, kind: DocumentKindCode): TemplateInfo {
  const k = kindOf(kind)
  const inUse = templateInUse(ctx, kind)
  return {
    kind,
    name: k.name,
    formatName: k.formatName,
    custom: inUse.custom,
    sha256: inUse.sha256,
    size: inUse.bytes.length,
    replacedAt: customSince(ctx, kind),
    previousCopies: previousCopies(ctx, kind),
    tags: k.tags,
  }
}

export const listTemplates = (ctx: Ctx): TemplateInfo[] => documentKinds.map((k) => templateInfo(ctx, k.code))

/** An upload within the caps (size, then its zip) is checked as a template; over them it is refused unread. */
async function checkedUpload(ctx: Ctx, kind: DocumentKindCode, base64: string): Promise<{ bytes: Buffer; check: TemplateCheckResult }> {
  const bytes = await cappedBytes(base64, templateCaps(loadSettings(ctx.db)))
  const check = await runJob('checkTemplate', { kind, bytes }, { offThread: bytes.length > BIG_FILE_BYTES })
  return { bytes, check: { ok: check.ok, problems: [...check.problems] } }
}

export async function checkUpload(ctx: Ctx, kind: DocumentKindCode, base64: string): Promise<TemplateCheckResult> {
  return (await checkedUpload(ctx, kind, base64)).check
}

/** Staff's copy goes in use only when the check finds no error: the same check as before any render. */
export async function replaceTemplate(ctx: Ctx, kind: DocumentKindCode, base64: string): Promise<TemplateReplaceResult> {
  const { bytes, check } = await checkedUpload(ctx, kind, base64)
  if (!check.ok) return { ...check, accepted: false, template: templateInfo(ctx, kind) }
  const { previous } = putCustom(ctx, kind, bytes)
  inTx(ctx, () => audit(ctx, { action: 'replace', entity: 'template', entityId: kind, data: { sha256: sha256Of(bytes), size: bytes.length, previous } }))
  return { ...check, accepted: true, template: templateInfo(ctx, kind) }
}

export function restoreTemplate(ctx: Ctx, kind: DocumentKindCode): TemplateInfo {
  const { previous } = removeCustom(ctx, kind)
  if (previous !== null) inTx(ctx, () => audit(ctx, { action: 'restore', entity: 'template', entityId: kind, data: { previous } }))
  return templateInfo(ctx, kind)
}

export function templateFile(ctx: Ctx, kind: DocumentKindCode, builtin: boolean): TemplateFile {
  const bytes = builtin ? builtinTemplate(kind) : templateInUse(ctx, kind).bytes
  return { fileName: `${kindOf(kind).name}模板.docx`, sha256: sha256Of(bytes), base64: bytes.toString('base64') }
}
