/*
 * A long title in lines as GB/T 9704 wants them (7.3.1: 回行时词意完整，排列对称，长短适宜，
 * 采用梯形或菱形): lines break only between words, preferably before 关于 or after 关于…的,
 * 、 or a closing bracket; never inside a word, a number, a bracketed name, a unit's name or the
 * dash pair ——; the lines as few as the width allows and as even as the break points allow, never
 * a stub of one or two characters. The lines are joined with "\n": the template's title paragraph
 * turns them into line breaks (docxtemplater's linebreaks option), each line centred.
 */

/** 二号 (22 pt) characters on the 156 mm 版心 line. */
export const TITLE_LINE_CHARS = 20

/*
 * Words of the domain a line must not split. The platform's word breaker (ICU) splits these
 * badly (挂|牌|督|办的); it still keeps other words whole, so breaks must suit both.
 */
const WORDS = [
  '消防安全', '委员会', '办公室', '人民政府', '重大火灾隐患', '火灾隐患', '安全隐患', '挂牌督办', '限期整改', '整改', '情况',
  '工作', '汇总', '排查整治', '专项行动', '通知', '通报', '函告', '警示函', '复查', '意见书', '约谈', '有限公司', '出租房',
  '小吃店', '电动自行车', '违规', '停放', '充电', '季度', '上半年', '下半年', '进一步', '加强', '落实', '实行', '责任',
  '单位', '场所', '社区', '街道', '的通知', '的函', '的通报', '的报告', '的函告', '的意见', '的决定', '的批复',
]

const OPENING = new Set('（(《「“‘〔【')
const CLOSING = new Set('）)》」”’〕】、，。；：！？,.;:!?')
const UNIT_END = new Set('店厂村司室会镇局队所站场馆院校园区')

/** The platform's word breaker, made once (making one costs more than breaking a title). */
const wordBreaker = new Intl.Segmenter('zh', { granularity: 'word' })

const widthOf = (s: string): number => [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x2e80 && ch !== '—' ? 0.5 : 1), 0)

/** Positions (index into the characters) before which a line may start, each with its preference. */
function breakPoints(chars: readonly string[], protect: readonly string[], lineChars: number): Map<number, number> {
  const text = chars.join('')
  const blocked = new Set<number>()
  const block = (from: number, len: number) => {
    for (let i = from + 1; i < from + len; i++) blocked.add(i)
  }
  // indexes below are into `chars` (code points); titles are Chinese, so string and code point indexes agree
  // a name longer than a line must break somewhere: it then breaks like other text
  for (const w of [...WORDS, ...protect.filter((p) => p.length > 1 && widthOf(p) <= lineChars)]) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) block(at, [...w].length)
  for (const m of text.matchAll(/[0-9A-Za-z.%]+[年月日号]?|《[^》]{0,12}》|（[^）]{0,8}）|——/g)) block(m.index ?? 0, [...m[0]].length)
  const starts = new Set([...wordBreaker.segment(text)].map((s) => s.index))
  const points = new Map<number, number>()
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1] ?? ''
    const after = chars[i] ?? ''
    if (blocked.has(i) || !starts.has(i) || CLOSING.has(after) || OPENING.has(before)) continue
    const next2 = text.slice(i, i + 2)
    let score = 0
    if (next2 === '关于') score = 3
    else if (before === '的' || CLOSING.has(before)) score = 2
    else if (UNIT_END.has(before)) score = 1
    points.set(i, score)
  }
  return points
}

/** How bad a set of line widths looks: uneven lines, a shape neither 梯形 nor 菱形, a stub. */
function shapeCost(widths: readonly number[]): number {
  const longest = Math.max(...widths)
  let cost = 0
  for (const w of widths) cost += ((longest - w) / 2) ** 2 * 0.2
  if (Math.min(...widths) < 3) cost += 100
  if (widths.length >= 3) {
    const top = widths.indexOf(longest)
    const rising = widths.every((w, i) => i === 0 || w >= (widths[i - 1] ?? 0))
    const falling = widths.every((w, i) => i === 0 || w <= (widths[i - 1] ?? 0))
    const diamond = widths.every((w, i) => (i <= top ? i === 0 || w >= (widths[i - 1] ?? 0) : w <= (widths[i - 1] ?? 0)))
    if (!rising && !falling && !diamond) cost += 30
  }
  return cost
}

/**
 * The title's lines joined with "\n" (unchanged when it fits on one line). `protect` lists names
 * that must stay whole (the unit, the office).
 */
export function titleLines(title: string, protect: readonly string[] = [], lineChars = TITLE_LINE_CHARS): string {
  const clean = title.replace(/\s*\n\s*/g, '')
  if (widthOf(clean) <= lineChars) return clean
  const chars = [...clean]
  const points = breakPoints(chars, protect, lineChars)
  const at = [...points.keys()]
  const widthBetween = (a: number, b: number) => widthOf(chars.slice(a, b).join(''))
  let best: { cost: number; cuts: number[] } | null = null
  // fewest lines first; within a line count, the best-looking set of cuts
  for (let lines = Math.ceil(widthOf(clean) / lineChars); lines <= 6 && best === null; lines++) {
    const search = (from: number, cuts: number[]) => {
      if (cuts.length === lines - 1) {
        const bounds = [0, ...cuts, chars.length]
        const widths = bounds.slice(1).map((b, i) => widthBetween(bounds[i] ?? 0, b))
        if (widths.some((w) => w > lineChars)) return
        const cost = shapeCost(widths) - 4 * cuts.reduce((s, c) => s + (points.get(c) ?? 0), 0)
        if (best === null || cost < best.cost) best = { cost, cuts: [...cuts] }
        return
      }
      for (const c of at) if (c > from && widthBetween(from, c) <= lineChars) search(c, [...cuts, c])
    }
    search(0, [])
  }
  if (best === null) return clean
  const bounds = [0, ...(best as { cuts: number[] }).cuts, chars.length]
  return bounds.slice(1).map((b, i) => chars.slice(bounds[i] ?? 0, b).join('')).join('\n')
}
