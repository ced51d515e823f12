import type { PluginInitializerContext } from 'opensearch-dashboards/server';
import { UebaServerPlugin } from './plugin';

export function plugin(_initializerContext: PluginInitializerContext) {
  return new UebaServerPlugin();
}
