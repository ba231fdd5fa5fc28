import type { Migration } from '../migration'
import { m0001_foundation } from './0001_foundation'
import { m0002_cases } from './0002_cases'
import { m0003_import } from './0003_import'
import { m0004_documents } from './0004_documents'
import { m0005_escalation } from './0005_escalation'
import { m0006_reports } from './0006_reports'
import { m0007_campaigns } from './0007_campaigns'
import { m0008_casework } from './0008_casework'
import { m0009_inspections } from './0009_inspections'
import { m0010_operators } from './0010_operators'
import { m0013_reporting } from './0013_reporting'
import { m0015_campaigns } from './0015_campaigns'
import { m0016_safety } from './0016_safety'
import { m0017_print } from './0017_print'
import { m0018_firstuse } from './0018_firstuse'
import { m0019_casework } from './0019_casework'
import { m0022_firstuse } from './0022_firstuse'
import { m0023_print } from './0023_print'
import { m0024_summary } from './0024_summary'
import { m0025_hygiene } from './0025_hygiene'
import { m0028_summary } from './0028_summary'
import { m0029_hygiene } from './0029_hygiene'
import { m0031_casework } from './0031_casework'


/**
 * Every schema change, in order. A migration is never edited once released: its checksum is
 * recorded in each data file, and a changed one is refused. Add a new numbered file instead.
 */
export const migrations: readonly Migration[] = [m0001_foundation, m0002_cases, m0003_import, m0004_documents, m0005_escalation, m0006_reports, m0007_campaigns, m0008_casework, m0009_inspections, m0010_operators, m0013_reporting, m0015_campaigns, m0016_safety, m0017_print, m0018_firstuse, m0019_casework, m0022_firstuse, m0023_print, m0024_summary, m0025_hygiene, m0028_summary, m0029_hygiene, m0031_casework]
