import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { PipelinePage } from './pages/pipeline-page.js';
import TodayPage from './pages/today-page.js';

export interface PageProps {
  params: Record<string, string>;
}

export interface PageEntry {
  /** `/people/:id` style. */
  path: string;
  page: ComponentType<PageProps> | LazyExoticComponent<ComponentType<PageProps>>;
  /** Shown in the main navigation, in this order, when given. */
  nav?: string;
  /** Extra paths that light up this entry's navigation link. */
  section?: string;
}

/**
 * Every page of the app. A new feature (Today, Letters, Import) adds one entry here and its page
 * file; the navigation and the router follow from this list.
 */
export const PAGES: PageEntry[] = [
  // Today and the Pipeline are where the app opens: in the first bundle, never waiting on a chunk.
  { path: '/today', page: TodayPage, nav: 'Today', section: '/letters' },
  { path: '/', page: PipelinePage, nav: 'Pipeline', section: '/applications' },
  { path: '/people', page: lazy(() => import('./pages/people-page.js')), nav: 'People', section: '/people' },
  { path: '/import', page: lazy(() => import('./pages/import-page.js')), nav: 'Import' },
  { path: '/settings', page: lazy(() => import('./pages/settings-page.js')), nav: 'Settings' },
  { path: '/letters/:id', page: lazy(() => import('./pages/letter-page.js')) },
  { path: '/applications/new', page: lazy(() => import('./pages/add-application-page.js')) },
  { path: '/applications/:id', page: lazy(() => import('./pages/application-page.js')) },
  { path: '/people/new', page: lazy(() => import('./pages/add-person-page.js')) },
  { path: '/people/:id', page: lazy(() => import('./pages/person-page.js')) },
];
