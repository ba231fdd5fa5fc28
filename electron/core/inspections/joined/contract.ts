import type { DossierContract } from '../../dossier/contract'
import type { InspectorsContract } from '../../inspectors/contract'
import type { RevisitsContract } from '../../revisits/contract'
import type { InspectionsContract } from '../contract'

/** Field work: the roster, inspections and coverage, 回头看, and the unit dossier. */
export type InspectionWorkContract = InspectorsContract & InspectionsContract & RevisitsContract & DossierContract
