import type { AttachmentsContract } from '../../attachments/contract'
import type { CaseCategoriesContract } from '../../categories/contract'
import type { DashboardContract } from '../../dashboard/contract'
import type { DemoContract } from '../../demo/contract'
import type { SearchContract } from '../../search/contract'
import type { CasesContract } from '../contract'

/** Every handler of hazard casework: cases, their categories and files, the dashboard, search, the demo. */
export type CaseworkContract = CasesContract & CaseCategoriesContract & AttachmentsContract & DashboardContract & SearchContract & DemoContract
