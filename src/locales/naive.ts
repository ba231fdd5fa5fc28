/** The one place that maps the app's language to naive-ui's component and date locales. */
import { dateZhCN, zhCN, type NDateLocale, type NLocale } from 'naive-ui'

export const naiveLocale: NLocale = zhCN
export const naiveDateLocale: NDateLocale = dateZhCN
