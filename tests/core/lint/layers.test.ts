import { join } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layer rules of eslint.config.mjs, run on small sources placed in each folder: a rule that
 * stopped matching (a renamed folder, a broken pattern) would let the layers drift unseen.
 */
const eslint = new ESLint({ cwd: join(__dirname, '../../..') })

// The first lint loads the config and the TypeScript and Vue parsers: seconds on a busy machine,
// paid once here rather than inside the first case's time limit.
beforeAll(() => eslint.lintText('export {}\n', { filePath: 'electron/core/x.ts' }), 60_000)

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath })
  return results
    .flatMap((r) => r.messages)
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message)
}

describe('a front never imports another front', () => {
  it.each([
    ['electron/web/x.ts', "import { CSP } from '../main/policy'\nexport const a = CSP"],
    ['electron/preload/x.ts', "import { INVOKE_CHANNEL } from '../main/channels'\nexport const a = INVOKE_CHANNEL"],
    ['electron/cli/verbs/x.ts', "import { startServer } from '../../web/server'\nexport const a = startServer"],
    ['electron/main/x.ts', "import { run } from '../cli/main'\nexport const a = run"],
  ])('%s importing another front is refused', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([expect.stringContaining('one front among four')])
  })

  it('imports electron/shared and the core', async () => {
    const code = "import { CSP } from '../shared/csp'\nimport { openApp } from '../core/app'\nexport const a = [CSP, openApp]"
    expect(await layerErrors('electron/web/x.ts', code)).toEqual([])
  })
})

describe('the core never imports scripts/', () => {
  it('refuses a script module, and takes the same building blocks from the core', async () => {
    expect(await layerErrors('electron/core/dossier/x.ts', "import { title } from '../../../scripts/templates/blocks'\nexport const a = title")).toEqual([
      expect.stringContaining('must not import scripts/'),
    ])
    expect(await layerErrors('electron/core/dossier/x.ts', "import { title } from '../documents/ooxml/blocks'\nexport const a = title")).toEqual([])
  })
})

describe('the renderer takes only types from the core', () => {
  it.each([
    ['src/views/x/a.ts', "import { importKinds } from '../../../electron/core/import/schema'\nexport const a = importKinds"],
    ['src/views/x/A.vue', "<script setup lang=\"ts\">\nimport { riskColors } from '../../../electron/core/subjects/schema'\nconst a = riskColors\n</script>\n<template><div>{{ a }}</div></template>\n"],
  ])('%s importing a core value is refused', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([expect.stringContaining('only types from electron/core')])
  })

  it('may import types from the core and values from electron/shared', async () => {
    const code = "import type { ImportKind } from '../../../electron/core/import/schema'\nimport { CSP } from '../../../electron/shared/csp'\nexport const a: ImportKind[] = []\nexport const b = CSP"
    expect(await layerErrors('src/views/x/a.ts', code)).toEqual([])
  })

  it('never imports a front', async () => {
    const code = "import { INVOKE_CHANNEL } from '../../../electron/main/channels'\nexport const a = INVOKE_CHANNEL"
    expect(await layerErrors('src/views/x/a.ts', code)).toEqual([expect.stringContaining('window.firedesk')])
  })
})
