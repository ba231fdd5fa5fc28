import type { Migration } from '../migration'

/*
 * Casework a clerk can sign (issue 11):
 * - document_cases: every case a document covers. One 整改通知书 lists all the hazards of a unit
 *   found in one inspection and moves each of them; one 复查意见书 records the recheck of each.
 *   documents.case_id stays the case the document was issued from.
 * - per hazard, where it is (隐患部位), 整改责任人 and 临时防范措施 (what keeps people safe until it is fixed).
 */
export const m0008_casework: Migration = {
  version: 8,
  name: '0008_casework',
  sql: /* sql */ `
CREATE TABLE document_cases (
  document_id TEXT NOT NULL REFERENCES documents (id),
  case_id TEXT NOT NULL REFERENCES cases (id),
  PRIMARY KEY (document_id, case_id)
) WITHOUT ROWID;
CREATE INDEX document_cases_case ON document_cases (case_id, document_id);
INSERT INTO document_cases (document_id, case_id) SELECT id, case_id FROM documents WHERE case_id IS NOT NULL;

ALTER TABLE cases ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN responsible_person TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN interim_measures TEXT NOT NULL DEFAULT '';
`,
}
