import type { CoreSetup, Plugin } from 'opensearch-dashboards/server';
import { registerRoutes } from './routes';

export class UebaServerPlugin implements Plugin {
  setup(core: CoreSetup): void {
    registerRoutes(core.http.createRouter());
  }

  start(): void {}

  stop(): void {}
}
