import type { Page } from '../paging'
import type { Revisit, RevisitCreate, RevisitCriteria, RevisitDetail, RevisitListArgs, RevisitPreview, RevisitRecord } from './schema'

/** 回头看: re-visits of closed cases, 保持 or 反弹, a relapse opening a new linked case. */
export interface RevisitsContract {
  'revisits/preview': { args: RevisitCriteria; result: RevisitPreview }
  'revisits/create': { args: RevisitCreate; result: RevisitDetail }
  'revisits/get': { args: { id: string }; result: RevisitDetail }
  'revisits/list': { args: RevisitListArgs; result: Page<Revisit> }
  'revisits/record': { args: RevisitRecord; result: RevisitDetail }
}
