import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { checkTemplate } from '../../electron/core/documents/check'
import { documentKinds } from '../../electron/core/documents/kinds'
import { buildTemplate } from './build'

/*
 * Writes templates/<kind>.docx and templates/fixtures/<kind>.json for every kind:
 *   npx tsx scripts/templates/generate.ts
 * The output is deterministic; commit it together with any change to these scripts. Each
 * template must pass the same check as a template staff upload, or nothing is written.
 */
const out = resolve(process.argv[2] ?? 'templates')
mkdirSync(join(out, 'fixtures'), { recursive: true })

const built = documentKinds.map((k) => ({ kind: k, bytes: buildTemplate(k.code) }))
let failed = false
for (const { kind, bytes } of built) {
  const check = checkTemplate(kind.code, bytes)
  for (const p of check.problems) console.error(`${kind.code}: ${p.level === 'error' ? '错误' : '提醒'} ${p.message}`)
  failed ||= !check.ok
}
if (failed) {
  console.error('templates not written: fix the problems above')
  process.exit(1)
}
for (const { kind, bytes } of built) {
  writeFileSync(join(out, `${kind.code}.docx`), bytes)
  writeFileSync(join(out, 'fixtures', `${kind.code}.json`), `${JSON.stringify(kind.fixture, null, 2)}\n`)
  console.log(`${kind.code}.docx  ${bytes.length} bytes  ${kind.name}`)
}
