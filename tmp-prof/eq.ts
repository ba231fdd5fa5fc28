import { createHash } from 'node:crypto'
import { documentKinds } from '../electron/core/documents/kinds'
import { render } from '../electron/core/documents/render'
import { sampleSettings } from '../electron/core/documents/sample'
import { longData } from '../scripts/templates/long-samples'
for (const k of documentKinds) for (const d of [k.fixture, longData(k.code)]) console.log(k.code, createHash('sha1').update(render(k.code, d, sampleSettings)).digest('hex').slice(0, 12))
