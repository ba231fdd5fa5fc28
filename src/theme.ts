import type { GlobalThemeOverrides } from 'naive-ui'

/** Faces found on office PCs (Windows, 统信UOS, 麒麟) first, then the Linux CJK fonts. */
const fontFamily = [
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'system-ui',
  'sans-serif',
].join(', ')

export const themeOverrides: GlobalThemeOverrides = {
  common: {
    fontFamily,
    primaryColor: '#1d64c8',
    primaryColorHover: '#3a7fe0',
    primaryColorPressed: '#164f9f',
    primaryColorSuppl: '#3a7fe0',
  },
}
