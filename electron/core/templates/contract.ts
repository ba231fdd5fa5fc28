import type { TemplateFileArgs, TemplateKindArgs, TemplateUploadArgs } from './schema'
import type { TemplateCheckResult, TemplateFile, TemplateInfo, TemplateReplaceResult } from './types'

/** The templates staff may replace with their own edited copies, and restore. */
export interface TemplatesContract {
  'templates/list': { args: Record<string, never>; result: TemplateInfo[] }
  /** Checks an uploaded copy without using it. */
  'templates/check': { args: TemplateUploadArgs; result: TemplateCheckResult }
  /** Puts an uploaded copy in use, only when the check finds no error; the previous copy is kept aside. */
  'templates/replace': { args: TemplateUploadArgs; result: TemplateReplaceResult }
  /** Back to the template shipped with FireDesk. */
  'templates/restore': { args: TemplateKindArgs; result: TemplateInfo }
  /** The template in use (or the shipped one), to edit in Word or WPS. */
  'templates/file': { args: TemplateFileArgs; result: TemplateFile }
}
