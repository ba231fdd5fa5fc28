import { addDays } from '../dates'
import type { RiskColor } from '../subjects/schema'
import type { SubjectWrite } from '../subjects/repo'
import { demoCreditCode, mobile, personName } from './people'
import type { Random } from './random'
import { COMPANY_KINDS, GRIDS, KIND_NAMES, KIND_WEIGHTS, ROADS, TRADE_NAMES } from './vocab'

export interface DemoArea {
  id: string
  name: string
}

export interface DemoSubject extends SubjectWrite {
  /** The day it was registered: before any hazard the demo finds there. */
  createdOn: string
}

const RISK_WEIGHTS: Record<RiskColor, number> = { green: 55, grey: 15, yellow: 22, red: 8 }
const KEY_KINDS = new Set(['sk04', 'sk05', 'sk09', 'sk10', 'sk11', 'sk12', 'sk13', 'sk14', 'sk15'])

/** Places of every kind in every area, with people, phones and (for companies) credit codes. */
export function makeSubjects(rng: Random, count: number, areas: readonly DemoArea[], today: string): DemoSubject[] {
  const names = new Set<string>()
  const out: DemoSubject[] = []
  let companies = 0
  for (let i = 0; i < count; i++) {
    const kindId = rng.weighted(KIND_WEIGHTS)
    const area = rng.pick(areas)
    const road = rng.pick(ROADS)
    const number = rng.int(1, 388)
    const pattern = rng.pick(KIND_NAMES[kindId] ?? ['{t}'])
    let name = pattern.replace('{t}', rng.pick(TRADE_NAMES)).replace('{a}', area.name).replace('{r}', `${road}${number}号`)
    if (names.has(name)) name = `${name}（${road}店）`
    for (let n = 2; names.has(name); n++) name = `${name.replace(/（\d+）$/, '')}（${n}）`
    names.add(name)
    const company = COMPANY_KINDS.has(kindId) && rng.chance(kindId === 'sk01' ? 0.4 : 0.85)
    const responsibleName = personName(rng)
    const separateManager = rng.chance(0.4)
    out.push({
      name,
      kindId,
      areaId: area.id,
      grid: rng.pick(GRIDS),
      address: `柳市镇${area.name}${road}${number}号`,
      creditCode: company ? demoCreditCode(++companies, kindId === 'sk01') : '',
      responsibleName,
      responsiblePhone: mobile(rng),
      managerName: separateManager ? personName(rng) : responsibleName,
      managerPhone: separateManager ? mobile(rng) : '',
      riskColor: rng.weighted(RISK_WEIGHTS),
      isKey: KEY_KINDS.has(kindId) ? rng.chance(0.5) : rng.chance(0.03),
      notes: '',
      createdOn: addDays(today, -rng.int(760, 1100)),
    })
  }
  return out
}
