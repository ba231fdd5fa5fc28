import { z } from 'zod'
import { requiredText, text, withDefaults } from '../validation'

/**
 * The office's settings. Every key has a default so a new data file works at once; each key is
 * stored as its own row so that adding keys later needs no migration.
 */
export const settingsShape = {
  operatorName: requiredText('经办人姓名', 20),
  officeName: requiredText('发文机关全称', 60),
  officeShortName: requiredText('发文机关简称', 20),
  townName: requiredText('镇（街道）名称', 20),
  contactPerson: text('联系人', 20),
  contactPhone: text('联系电话', 30),
  autoBackupKeep: z.number({ error: '自动备份保留份数必须是数字' }).int('自动备份保留份数必须是整数').min(1, '自动备份至少保留1份').max(365, '自动备份最多保留365份'),
}

export const settingsDefaults: z.output<z.ZodObject<typeof settingsShape>> = {
  operatorName: '管理员',
  officeName: '柳市镇消防安全委员会办公室',
  officeShortName: '柳市镇消安委办',
  townName: '柳市镇',
  contactPerson: '',
  contactPhone: '',
  autoBackupKeep: 14,
}

export const settingsSchema = z.strictObject(withDefaults(settingsShape, settingsDefaults))
export const settingsUpdateSchema = z.strictObject(settingsShape).partial()

export type Settings = z.output<typeof settingsSchema>
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>
