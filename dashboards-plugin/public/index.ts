import type { PluginInitializerContext } from 'opensearch-dashboards/public';
import { UebaPlugin } from './plugin';

export function plugin(_initializerContext: PluginInitializerContext) {
  return new UebaPlugin();
}
