import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent } from 'echarts/components'
import { init, use, type EChartsCoreOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { ReportSummary } from './schema'

/*
 * The summary page's charts as pictures for the .docx: echarts draws them as SVG without a
 * browser (server-side rendering), and resvg (@resvg/resvg-js, prebuilt binaries per platform)
 * turns the SVG into a PNG, which every Word and WPS shows. Chinese labels use the first of the
 * office PC's fonts that is there (微软雅黑 on Windows, Noto/文泉驿 on Linux).
 */

use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer])

const WIDTH = 900
const HEIGHT = 450
const FONT = "'Microsoft YaHei', 'SimHei', 'SimSun', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'AR PL SungtiL GB', sans-serif"
const COLOR = { found: '#1d64c8', closed: '#18a058', overdue: '#d03050' }

/*
 * One Chinese font file, where the usual systems keep one: reading every system font takes resvg
 * a second per picture; one known file takes a tenth of that. Without any, the system's fonts.
 */
const windowsFonts = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')
const FONT_FILES = [
  join(windowsFonts, 'msyh.ttc'),
  join(windowsFonts, 'simhei.ttf'),
  join(windowsFonts, 'simsun.ttc'),
  '/System/Library/Fonts/PingFang.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf',
]
let fontFile: string | null | undefined
const chineseFont = (): string | null => (fontFile === undefined ? (fontFile = FONT_FILES.find((f) => existsSync(f)) ?? null) : fontFile)

export interface ChartImage {
  readonly title: string
  readonly png: string
}

function png(option: EChartsCoreOption): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT })
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, fontSize: 16 }, backgroundColor: '#ffffff', ...option })
    const svg = chart.renderToSVGString()
    // twice the pixels for print: 150 mm at about 300 dpi
    const file = chineseFont()
    const font = file === null ? { loadSystemFonts: true } : { loadSystemFonts: false, fontFiles: [file] }
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH * 2 }, font }).render()
    return image.asPng().toString('base64')
  } finally {
    chart.dispose()
  }
}

// room for the axis labels (echarts 6 no longer measures them for the grid)
const grid = { left: 64, right: 24, top: 48, bottom: 72 }
const legend = { top: 4, textStyle: { fontFamily: FONT, fontSize: 16 } }
const category = (names: string[]) => ({ type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 8 ? 35 : 0, fontFamily: FONT, fontSize: 14 } })
const value = { type: 'value', minInterval: 1, axisLabel: { fontFamily: FONT, fontSize: 14 } }

/** The month chart (found as bars, closed as a line) and the area chart (found, closed, overdue), as on the summary page. */
export function summaryCharts(s: ReportSummary): ChartImage[] {
  const charts: ChartImage[] = []
  if (s.trend.length > 0) {
    charts.push({
      title: '按月发现隐患和整改销号',
      png: png({
        grid,
        legend,
        xAxis: category(s.trend.map((m) => m.label)),
        yAxis: value,
        series: [
          { type: 'bar', name: '发现隐患', color: COLOR.found, data: s.trend.map((m) => m.found.count) },
          { type: 'line', name: '整改销号', color: COLOR.closed, data: s.trend.map((m) => m.closed.count), symbolSize: 8 },
        ],
      }),
    })
  }
  const areas = s.breakdowns.find((b) => b.dimension === 'area')?.rows ?? []
  if (areas.length > 0) {
    charts.push({
      title: '各村（社区）发现、整改和逾期隐患',
      png: png({
        grid,
        legend,
        xAxis: category(areas.map((r) => r.name)),
        yAxis: value,
        series: [
          { type: 'bar', name: '发现隐患', color: COLOR.found, data: areas.map((r) => r.found.count) },
          { type: 'bar', name: '其中已整改', color: COLOR.closed, data: areas.map((r) => r.foundClosed.count) },
          { type: 'bar', name: '期末逾期', color: COLOR.overdue, data: areas.map((r) => r.overdueAtEnd.count) },
        ],
      }),
    })
  }
  return charts
}
