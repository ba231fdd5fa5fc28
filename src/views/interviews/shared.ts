import type { InterviewStatus } from '../../../electron/core/interviews/schema'

/** 2024-04-18T09:30 → 2024年4月18日 09:30, as the pages show appointments. */
export function dateTimeText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(iso)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日 ${m[4]}` : iso
}

export const statusType: Record<InterviewStatus, 'default' | 'info' | 'success' | 'warning'> = {
  planned: 'info',
  held: 'warning',
  minuted: 'success',
  voided: 'default',
}
