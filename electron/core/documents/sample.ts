import type { RenderSettings } from './types'

/** The settings the template check and the sample renderer fill in with each kind's fixture. */
export const sampleSettings: RenderSettings = {
  officeName: '柳市镇消防安全委员会办公室',
  contactPerson: '王建国',
  contactPhone: '0577-61234567',
  docPrintedBy: '',
  docSealed: true,
}
