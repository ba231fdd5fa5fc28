/** A warning letter's data, as staff would fill it in. */
export const letterData = (over: Record<string, unknown> = {}) => ({
  recipient: '柳市镇好运来小吃店',
  facts: '2024年3月1日检查中，发现你单位厨房使用瓶装液化石油气未安装可燃气体报警装置。',
  risks: '一旦燃气泄漏，极易引发火灾、爆炸事故。',
  requirements: '安装可燃气体报警装置\n规范使用燃气',
  deadline: '2024-03-15',
  date: '2024-03-05',
  ...over,
})
