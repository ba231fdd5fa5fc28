import type { ReportFile } from '../reports/schema'
import type { Subject } from '../subjects/schema'
import type { Dossier, DossierArgs, Recolor } from './schema'

/** The unit dossier (户籍化档案) and the colour change it records with a reason. */
export interface DossierContract {
  'dossier/get': { args: DossierArgs; result: Dossier }
  'dossier/exportDocx': { args: DossierArgs; result: ReportFile }
  'subjects/recolor': { args: Recolor; result: Subject }
}
