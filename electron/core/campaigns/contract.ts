import type {
  CampaignDocument,
  CampaignFileContent,
  CampaignTag,
  CampaignTagged, Campaign, CampaignAttach, CampaignClose, CampaignCreate, CampaignListArgs, CampaignUpdate, CampaignVoid } from './schema'

/** 专项行动: the notice, period, stages and units of each campaign. */
export interface CampaignsContract {
  'campaigns/list': { args: CampaignListArgs; result: Campaign[] }
  'campaigns/get': { args: { id: string }; result: Campaign }
  'campaigns/create': { args: CampaignCreate; result: Campaign }
  'campaigns/update': { args: CampaignUpdate; result: Campaign }
  'campaigns/close': { args: CampaignClose; result: Campaign }
  'campaigns/void': { args: CampaignVoid; result: Campaign }
  'campaigns/attachNotice': { args: CampaignAttach; result: Campaign }
  'campaigns/documents': { args: { id: string }; result: CampaignDocument[] }
  'campaigns/tag': { args: CampaignTag; result: CampaignTagged }
  'campaigns/tagged': { args: { id: string }; result: CampaignTagged }
  'campaigns/file': { args: { id: string }; result: CampaignFileContent }
}
