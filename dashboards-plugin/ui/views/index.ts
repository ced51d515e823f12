import { lazy } from 'react';
import { UebaView } from './view';

/** The app's views, in the order of their tabs; the first is the home view. Each loads when first shown. */
export const VIEWS: readonly UebaView[] = [
  {
    id: 'overview',
    title: 'Overview',
    path: 'overview',
    inNavigation: true,
    component: lazy(() => import('./overview/OverviewView').then((module) => ({ default: module.OverviewView }))),
  },
  {
    id: 'logins',
    title: 'Suspicious logins',
    path: 'logins',
    inNavigation: true,
    component: lazy(() => import('./logins/LoginsView').then((module) => ({ default: module.LoginsView }))),
  },
  {
    id: 'graph',
    title: 'Graph',
    path: 'graph',
    inNavigation: true,
    component: lazy(() => import('./graph/GraphView').then((module) => ({ default: module.GraphView }))),
  },
  {
    id: 'entity',
    title: 'Entity',
    path: 'entity',
    inNavigation: false,
    component: lazy(() => import('./entity/EntityView').then((module) => ({ default: module.EntityView }))),
  },
  {
    id: 'models',
    title: 'Models and jobs',
    path: 'models',
    inNavigation: true,
    component: lazy(() => import('./models/ModelsView').then((module) => ({ default: module.ModelsView }))),
  },
];

export function viewOf(path: string[]): UebaView | undefined {
  return path.length === 0 ? VIEWS[0] : VIEWS.find((view) => view.path === path[0]);
}
