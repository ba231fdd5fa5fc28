import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { LocaleKey } from './locales'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page title: header, window title and, with menuOrder, the side menu entry. */
    titleKey?: LocaleKey
    /** Position in the side menu; a route without it is not in the menu. */
    menuOrder?: number
  }
}

/** One route per line: later features add theirs here and the side menu follows. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'dashboard', component: () => import('./views/dashboard/DashboardView.vue'), meta: { titleKey: 'menu.dashboard', menuOrder: 10 } },
  { path: '/cases', name: 'cases', component: () => import('./views/cases/CasesView.vue'), meta: { titleKey: 'menu.cases', menuOrder: 15 } },
  { path: '/cases/:id', name: 'case', component: () => import('./views/cases/CaseView.vue'), props: true, meta: { titleKey: 'casePage.entity' } },
  { path: '/search', name: 'search', component: () => import('./views/search/SearchView.vue'), meta: { titleKey: 'menu.search', menuOrder: 17 } },
  { path: '/escalation', name: 'escalation', component: () => import('./views/escalation/EscalationView.vue'), meta: { titleKey: 'escalationMenu.proposals', menuOrder: 16 } },
  { path: '/interviews', name: 'interviews', component: () => import('./views/interviews/InterviewsView.vue'), meta: { titleKey: 'escalationMenu.interviews', menuOrder: 16.2 } },
  { path: '/interviews/new', name: 'interviewNew', component: () => import('./views/interviews/InterviewNewView.vue'), meta: { titleKey: 'interview.add' } },
  { path: '/interviews/:id', name: 'interview', component: () => import('./views/interviews/InterviewView.vue'), props: true, meta: { titleKey: 'interview.entity' } },
  { path: '/supervisions', name: 'supervisions', component: () => import('./views/supervisions/SupervisionsView.vue'), meta: { titleKey: 'escalationMenu.supervisions', menuOrder: 16.4 } },
  { path: '/supervisions/new', name: 'supervisionNew', component: () => import('./views/supervisions/SupervisionNewView.vue'), meta: { titleKey: 'supervision.add' } },
  { path: '/supervisions/:id', name: 'supervision', component: () => import('./views/supervisions/SupervisionView.vue'), props: true, meta: { titleKey: 'supervision.entity' } },
  { path: '/circulars', name: 'circulars', component: () => import('./views/circulars/CircularView.vue'), meta: { titleKey: 'escalationMenu.circulars', menuOrder: 16.6 } },
  { path: '/campaigns', name: 'campaigns', component: () => import('./views/campaigns/CampaignsView.vue'), meta: { titleKey: 'campaignMenu.campaigns', menuOrder: 18 } },
  { path: '/campaigns/import', name: 'taskImport', component: () => import('./views/campaigns/TaskImportView.vue'), meta: { titleKey: 'taskImport.title' } },
  { path: '/campaigns/:id', name: 'campaign', component: () => import('./views/campaigns/CampaignView.vue'), props: true, meta: { titleKey: 'campaignMenu.campaign' } },
  { path: '/responsible-units', name: 'responsibleUnits', component: () => import('./views/responsible-units/ResponsibleUnitsView.vue'), meta: { titleKey: 'campaignMenu.units', menuOrder: 31 } },
  { path: '/subjects', name: 'subjects', component: () => import('./views/subjects/SubjectsView.vue'), meta: { titleKey: 'menu.subject', menuOrder: 20 } },
  { path: '/subjects/:id/dossier', name: 'dossier', component: () => import('./views/dossier/DossierView.vue'), props: true, meta: { titleKey: 'dossier.entity' } },
  { path: '/inspections', name: 'inspections', component: () => import('./views/inspections/InspectionsView.vue'), meta: { titleKey: 'fieldworkMenu.inspections', menuOrder: 18 } },
  { path: '/revisits', name: 'revisits', component: () => import('./views/revisits/RevisitsView.vue'), meta: { titleKey: 'fieldworkMenu.revisits', menuOrder: 18.5 } },
  { path: '/revisits/:id', name: 'revisit', component: () => import('./views/revisits/RevisitView.vue'), props: true, meta: { titleKey: 'revisit.entity' } },
  { path: '/inspectors', name: 'inspectors', component: () => import('./views/roster/RosterView.vue'), meta: { titleKey: 'fieldworkMenu.roster', menuOrder: 31 } },
  { path: '/areas', name: 'areas', component: () => import('./views/areas/AreasView.vue'), meta: { titleKey: 'menu.area', menuOrder: 30 } },
  { path: '/documents', name: 'documents', component: () => import('./views/documents/DocumentsView.vue'), meta: { titleKey: 'register.title', menuOrder: 30 } },
  { path: '/documents/settings', name: 'documentSettings', component: () => import('./views/documents/DocumentSettingsView.vue'), meta: { titleKey: 'docSettings.title', menuOrder: 92 } },
  { path: '/reports', name: 'reports', component: () => import('./views/reports/ReportsView.vue'), meta: { titleKey: 'menu.reports', menuOrder: 40 } },
  { path: '/import', name: 'import', component: () => import('./views/import/ImportView.vue'), meta: { titleKey: 'menu.import', menuOrder: 50 } },
  { path: '/settings/backup', name: 'backup', component: () => import('./views/backup/BackupView.vue'), meta: { titleKey: 'menu.backup', menuOrder: 91 } },
  { path: '/setup', name: 'setup', component: () => import('./views/setup/SetupView.vue'), meta: { titleKey: 'setup.title' } },
  { path: '/drafts', name: 'drafts', component: () => import('./views/documents/DraftsView.vue'), meta: { titleKey: 'signoff.title', menuOrder: 31 } },
  { path: '/audit', name: 'audit', component: () => import('./views/audit/AuditLogView.vue'), meta: { titleKey: 'auditLog.title', menuOrder: 93 } },
  { path: '/settings', name: 'settings', component: () => import('./views/settings/SettingsView.vue'), meta: { titleKey: 'menu.settings', menuOrder: 90 } },
  { path: '/campaigns/:campaignId/reporting', name: 'campaignReporting', component: () => import('./views/reporting/ReportingView.vue'), props: true, meta: { titleKey: 'reporting.title' } },
  { path: '/campaigns/:campaignId/ranking', name: 'ranking', component: () => import('./views/ranking/RankingView.vue'), props: true, meta: { titleKey: 'ranking.title' } },
  { path: '/incidents', name: 'incidents', component: () => import('./views/incidents/IncidentsView.vue'), meta: { titleKey: 'menu.incidents', menuOrder: 42 } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/** Hash history: works the same over the app:// protocol and the web harness. */
export const router = createRouter({ history: createWebHashHistory(), routes })
