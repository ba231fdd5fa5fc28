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
  { path: '/', redirect: '/subjects' },
  { path: '/subjects', name: 'subjects', component: () => import('./views/subjects/SubjectsView.vue'), meta: { titleKey: 'menu.subject', menuOrder: 20 } },
  { path: '/areas', name: 'areas', component: () => import('./views/areas/AreasView.vue'), meta: { titleKey: 'menu.area', menuOrder: 30 } },
  { path: '/settings', name: 'settings', component: () => import('./views/settings/SettingsView.vue'), meta: { titleKey: 'menu.settings', menuOrder: 90 } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/** Hash history: works the same over the app:// protocol and the web harness. */
export const router = createRouter({ history: createWebHashHistory(), routes })
