import type { AppMountParameters, CoreStart } from 'opensearch-dashboards/public';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { UebaApp } from '../ui/app/UebaApp';
import { osdFetch } from './osd_fetch';

export function renderApp(core: CoreStart, { element }: AppMountParameters) {
  core.chrome.setBreadcrumbs([{ text: 'UEBA' }]);
  const root = createRoot(element);
  root.render(<UebaApp http={osdFetch(core.http)} />);
  return () => root.unmount();
}
