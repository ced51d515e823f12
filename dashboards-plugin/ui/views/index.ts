import { EntityView } from './entity/EntityView';
import { GraphView } from './graph/GraphView';
import { LoginsView } from './logins/LoginsView';
import { ModelsView } from './models/ModelsView';
import { OverviewView } from './overview/OverviewView';
import { UebaView } from './view';

/** The app's views, in the order of their tabs; the first is the home view. */
export const VIEWS: readonly UebaView[] = [
  { id: 'overview', title: 'Overview', path: 'overview', inNavigation: true, component: OverviewView },
  { id: 'logins', title: 'Suspicious logins', path: 'logins', inNavigation: true, component: LoginsView },
  { id: 'graph', title: 'Graph', path: 'graph', inNavigation: true, component: GraphView },
  { id: 'entity', title: 'Entity', path: 'entity', inNavigation: false, component: EntityView },
  { id: 'models', title: 'Models and jobs', path: 'models', inNavigation: true, component: ModelsView },
];

export function viewOf(path: string[]): UebaView | undefined {
  return path.length === 0 ? VIEWS[0] : VIEWS.find((view) => view.path === path[0]);
}
