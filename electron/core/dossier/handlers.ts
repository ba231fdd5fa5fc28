import { handler } from '../registry'
import { dossierDocx } from './docx'
import { dossierSchema, recolorSchema } from './schema'
import { buildDossier, recolorSubject } from './service'

export const dossierHandlers = [
  handler('dossier/get', dossierSchema, (args, ctx) => buildDossier(ctx, args.subjectId)),
  handler('dossier/exportDocx', dossierSchema, (args, ctx) => dossierDocx(ctx, args.subjectId)),
  handler('subjects/recolor', recolorSchema, (args, ctx) => recolorSubject(ctx, args)),
]
