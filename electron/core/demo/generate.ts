import { performance } from 'node:perf_hooks'
import * as areas from '../areas/repo'
import { audit } from '../audit'
import { addDays } from '../dates'
import { insertEvent } from '../cases/events'
import * as cases from '../cases/repo'
import type { CaseSeverity, CaseSource } from '../cases/schema'
import { inTx, type Ctx } from '../context'
import { AppError } from '../errors'
import * as subjects from '../subjects/repo'
import { Random, seededUlid } from './random'
import type { DemoResult } from './schema'
import { tellStory } from './story'
import { makeSubjects, type DemoArea, type DemoSubject } from './subjects'
import { AREAS, CATEGORY_WEIGHTS, GRIDS, HAZARDS, SOURCE_WEIGHTS, STAFF } from './vocab'

export interface DemoOptions {
  subjects: number
  cases: number
  seed: number
}


/** Sources that bring a single hazard to the office rather than an inspection visit. */
const NO_VISIT: ReadonlySet<CaseSource> = new Set(['report', 'assigned', 'media'])
const DETAILS = ['', '', '', '', '，现场已责令立即整改', '，已拍照取证', '，经营者在场'] as const

/** An office-hours instant (08:30–17:30 Beijing time) on a day, as ISO UTC. */
function officeTime(rng: Random, date: string): string {
  const minutes = rng.int(30, 570)
  const h = String(Math.floor(minutes / 60)).padStart(2, '0')
  const m = String(minutes % 60).padStart(2, '0')
  return `${date}T${h}:${m}:${String(rng.int(0, 59)).padStart(2, '0')}.000Z`
}

const msOf = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso)

/** No subject and no case yet (areas and settings may already be set up). */
export function isEmptyLedger(ctx: Ctx): boolean {
  return (ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM subjects) OR EXISTS (SELECT 1 FROM cases) AS used').get() as { used: number }).used === 0
}

function ensureAreas(ctx: Ctx, rng: Random, at: string, by: string): DemoArea[] {
  return AREAS.map((a, i) => {
    const existing = areas.findLiveByName(ctx.db, a.name)
    if (existing) return { id: existing.id, name: a.name }
    const id = seededUlid(rng, msOf(at))
    areas.insert(ctx.db, id, { name: a.name, areaType: a.type, grids: [...GRIDS], headName: '', headPhone: '', sortOrder: i + 1, notes: '' }, at, by)
    return { id, name: a.name }
  })
}

interface Visit {
  subject: DemoSubject & { id: string }
  date: string
  source: CaseSource
  hazards: number
}

/** Days over the last two years, more of them in the winter–spring campaign months. */
function foundDate(rng: Random, today: string): string {
  for (;;) {
    const d = addDays(today, -rng.int(0, 729))
    const month = Number(d.slice(5, 7))
    if (month >= 11 || month <= 3 || rng.chance(0.6)) return d
  }
}

function planVisits(rng: Random, people: readonly (DemoSubject & { id: string })[], total: number, today: string): Visit[] {
  const visits: Visit[] = []
  for (let n = 0; n < total; ) {
    const source = rng.weighted(SOURCE_WEIGHTS)
    // A few places draw many visits: skew the pick towards the front of the list.
    const subject = people[Math.floor(people.length * rng.next() ** 1.6)] ?? people[0]
    if (!subject) break
    const hazards = NO_VISIT.has(source) ? 1 : Math.min(total - n, Number(rng.weighted({ 1: 45, 2: 30, 3: 15, 4: 7, 5: 3 })))
    visits.push({ subject, date: foundDate(rng, today), source, hazards })
    n += hazards
  }
  return visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/**
 * Builds a realistic, reproducible ledger: areas, subjects, inspections and cases with their whole
 * timeline up to today. The same seed and the same today give the same data, ids included.
 * Everything is written in one transaction through the repositories' prepared statements.
 */
export function generateDemo(ctx: Ctx, opts: DemoOptions): DemoResult {
  const started = performance.now()
  if (!isEmptyLedger(ctx)) throw new AppError('ILLEGAL_STATE', '数据库中已有监管对象或隐患，示例数据只能载入到空数据库')
  const rng = new Random(opts.seed)
  const today = ctx.clock.today()
  const operator = ctx.operator()
  return inTx(ctx, () => {
    const setupAt = officeTime(rng, addDays(today, -1100))
    const areaList = ensureAreas(ctx, rng, setupAt, operator)
    const people = makeSubjects(rng, opts.subjects, areaList, today).map((s) => {
      const at = officeTime(rng, s.createdOn)
      const id = seededUlid(rng, msOf(at))
      subjects.insert(ctx.db, id, s, at, rng.pick(STAFF))
      return { ...s, id }
    })
    const seqs = new Map<number, number>()
    let inspections = 0
    let events = 0
    let written = 0
    for (const v of planVisits(rng, people, opts.cases, today)) {
      const inspectors = `${rng.pick(STAFF)}、${rng.pick(STAFF)}`.replace(/^(.+)、\1$/, '$1')
      let inspectionId: string | null = null
      if (!NO_VISIT.has(v.source)) {
        const at = officeTime(rng, v.date)
        inspectionId = seededUlid(rng, msOf(at))
        const notes = `对${v.subject.name}开展消防安全检查，发现隐患${v.hazards}处`
        cases.insertInspection(ctx.db, { id: inspectionId, subjectId: v.subject.id, areaId: v.subject.areaId, date: v.date, source: v.source, inspectors, notes, at, by: rng.pick(STAFF) })
        inspections++
      }
      for (let h = 0; h < v.hazards && written < opts.cases; h++, written++) {
        const categoryId = rng.weighted(CATEGORY_WEIGHTS)
        const text = HAZARDS[categoryId]
        const severity: CaseSeverity = rng.chance(text.major) ? 'major' : 'general'
        const deadline = addDays(v.date, severity === 'major' ? rng.pick([30, 60, 90]) : rng.pick([3, 7, 10, 15, 15, 30]))
        const story = tellStory(rng, v.date, deadline, today)
        const stamps = story.events.map((e) => officeTime(rng, e.date)).sort()
        const first = stamps[0] ?? officeTime(rng, v.date)
        const lastAt = stamps[stamps.length - 1] ?? first
        const year = Number(v.date.slice(0, 4))
        const seq = (seqs.get(year) ?? 0) + 1
        seqs.set(year, seq)
        const id = seededUlid(rng, msOf(first))
        cases.insert(ctx.db, {
          id,
          year,
          seq,
          subjectId: v.subject.id,
          areaId: v.subject.areaId,
          subjectKindId: v.subject.kindId,
          inspectionId,
          foundDate: v.date,
          source: v.source,
          categoryId,
          severity,
          description: `${rng.pick(text.places)}${rng.pick(text.problems)}${rng.pick(DETAILS)}`,
          legalBasis: rng.chance(0.7) ? text.basis : '',
          requirement: rng.pick(text.requirements),
          deadline: story.deadline,
          inspectors,
          status: story.status,
          escalated: story.escalated,
          closedDate: story.closedDate,
          closedBy: story.closedBy,
          voidedAt: story.voidedOn === null ? null : lastAt,
          voidReason: story.voidReason,
          voidedBy: story.voidedBy,
          createdAt: first,
          createdBy: story.events[0]?.operator ?? operator,
          updatedAt: lastAt,
          updatedBy: story.events[story.events.length - 1]?.operator ?? operator,
        })
        story.events.forEach((e, i) => {
          const at = stamps[i] ?? first
          insertEvent(ctx.db, { id: seededUlid(rng, msOf(at)), caseId: id, at, documentId: null, ...e })
        })
        events += story.events.length
      }
    }
    const result = { areas: areaList.length, subjects: people.length, inspections, cases: written, events, ms: 0 }
    audit(ctx, { action: 'loadDemo', entity: 'demo', entityId: String(opts.seed), data: { ...opts, today, ...result } })
    return { ...result, ms: Math.round(performance.now() - started) }
  })
}
