import { report, type BenchResult } from './measure'
import { bench as subjects } from './subjects'

/** Each topic's benchmark; they print measured medians against the budgets of the issues. */
const benches: { topic: string; run: () => Promise<BenchResult[]> }[] = [
  { topic: 'subjects (20 000 units)', run: subjects },
  { topic: 'documents (render)', run: () => import('./documents').then((m) => m.bench()) },
  { topic: 'documents (register: issue, batch)', run: () => import('./documents-register').then((m) => m.bench()) },
  { topic: 'import (10 000-row ledger)', run: () => import('./import').then((m) => m.bench()) },
  { topic: 'cases (100 000 hazards, 20 000 units)', run: () => import('./cases').then((m) => m.bench()) },
  { topic: 'escalation (100 000 hazards)', run: () => import('./escalation').then((m) => m.bench()) },
  { topic: 'inspections (coverage over 20 000 units, a dossier of 200 cases)', run: () => import('./inspections').then((m) => m.bench()) },
  { topic: 'reports (quarterly summary, 100 000 hazards)', run: () => import('./reports').then((m) => m.bench()) },
  { topic: 'campaigns (task-list import, task dashboard)', run: () => import('./campaigns').then((m) => m.bench()) },
  { topic: 'reporting (报送 overview)', run: () => import('./reporting').then((m) => m.bench()) },
  { topic: 'backup (100 000 hazards)', run: () => import('./backup').then((m) => m.bench()) },
  { topic: 'cold start (built renderer in headless Chromium)', run: () => import('./cold-start').then((m) => m.bench()) },
]

/*
 * `npm run bench -- reports cases` runs only the topics whose name contains one of the words: the
 * 100 000-case benches are heavy on a shared machine, so a change is measured on its own lines.
 */
const only = process.argv.slice(2)

async function main(): Promise<void> {
  let allMet = true
  for (const b of benches.filter((t) => only.length === 0 || only.some((w) => t.topic.includes(w)))) {
    console.log(`\n# ${b.topic}`)
    allMet = report(await b.run()) && allMet
  }
  console.log(allMet ? '\nAll budgets met.' : '\nSome budgets missed (MISS above).')
}

void main()
