/** The four kinds of 约谈 (DOMAIN.md), shared by the notice and the minutes. */
export const interviewKinds = ['警示约谈', '提醒约谈', '督办约谈', '工作约谈'] as const
