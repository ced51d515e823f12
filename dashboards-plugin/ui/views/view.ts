import { ComponentType } from 'react';

/**
 * A view of the app: a page under its own path (`#/graph`), with a tab when `inNavigation`. New
 * views (window detectors, analyst feedback, entity risk) are added to `VIEWS` in ./index.
 */
export interface UebaView {
  id: string;
  title: string;
  /** The first segment of the view's path; the rest of the path is the view's own. */
  path: string;
  inNavigation: boolean;
  component: ComponentType<{ path: string[] }>;
}
