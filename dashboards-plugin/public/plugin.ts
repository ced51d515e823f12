import type { AppMountParameters, CoreSetup, Plugin } from 'opensearch-dashboards/public';

/** OSD's Security category (DEFAULT_APP_CATEGORIES.security), named here to keep imports type-only. */
const SECURITY_CATEGORY = { id: 'securitySolution', label: 'Security', order: 4000, euiIconType: 'logoSecurity' };

export class UebaPlugin implements Plugin {
  setup(core: CoreSetup): void {
    core.application.register({
      id: 'ueba',
      title: 'Login anomalies',
      category: SECURITY_CATEGORY,
      mount: async (params: AppMountParameters) => {
        const [[coreStart], { renderApp }] = await Promise.all([core.getStartServices(), import('./application')]);
        return renderApp(coreStart, params);
      },
    });
  }

  start(): void {}

  stop(): void {}
}
