import PizZip from 'pizzip'
import { builtinTemplate } from '../electron/core/documents/builtin'
import { CompiledTemplate } from '../electron/core/documents/compiled'
import { kindOf } from '../electron/core/documents/kinds'
import { newDocxtemplater } from '../electron/core/documents/render'
import { sampleSettings } from '../electron/core/documents/sample'
import { packDocx } from '../electron/core/documents/zip'
const kind = 'rectification_notice'
const bare = new CompiledTemplate(builtinTemplate(kind), (z: PizZip) => newDocxtemplater(z))
const view = kindOf(kind).view(kindOf(kind).fixture, sampleSettings)
for (let i = 0; i < 1500; i++) packDocx(bare.render(view))
