// OUI's ES modules by path, which its own declarations name only under src/.
declare module '@elastic/eui/es/eui_components/icon/icon' {
  export { appendIconComponentCache } from '@opensearch-project/oui/src/eui_components/icon/icon';
}

declare module '@elastic/eui/es/eui_components/icon/assets/*' {
  import { ComponentType } from 'react';
  export const icon: ComponentType;
}
