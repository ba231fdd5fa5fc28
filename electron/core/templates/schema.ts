import { z } from 'zod'
import { documentKindCodes } from '../documents/types'
import { flag, oneOf } from '../validation'

const kind = () => oneOf('文书种类', documentKindCodes)

/** A .docx sent as base64; its size is capped by the settings (safety/file-caps.ts), before it is decoded. */
const docxBase64 = z
  .string({ error: '请选择模板文件' })
  .min(1, '请选择模板文件')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '模板文件内容无效')

export const templateKindSchema = z.strictObject({ kind: kind() })
export const templateUploadSchema = z.strictObject({ kind: kind(), base64: docxBase64 })
export const templateFileSchema = z.strictObject({ kind: kind(), builtin: flag('原始模板').default(false) })

export type TemplateKindArgs = z.input<typeof templateKindSchema>
export type TemplateUploadArgs = z.input<typeof templateUploadSchema>
export type TemplateFileArgs = z.input<typeof templateFileSchema>
