/**
 * OUI loads each icon with a dynamic import that webpack (OSD's bundler) resolves and Vite does
 * not, so the standalone build registers the icons the app shows up front.
 */
import { appendIconComponentCache } from '@elastic/eui/es/eui_components/icon/icon';
import { icon as alert } from '@elastic/eui/es/eui_components/icon/assets/alert';
import { icon as arrowDown } from '@elastic/eui/es/eui_components/icon/assets/arrow_down';
import { icon as arrowLeft } from '@elastic/eui/es/eui_components/icon/assets/arrow_left';
import { icon as arrowRight } from '@elastic/eui/es/eui_components/icon/assets/arrow_right';
import { icon as arrowUp } from '@elastic/eui/es/eui_components/icon/assets/arrow_up';
import { icon as calendar } from '@elastic/eui/es/eui_components/icon/assets/calendar';
import { icon as check } from '@elastic/eui/es/eui_components/icon/assets/check';
import { icon as clock } from '@elastic/eui/es/eui_components/icon/assets/clock';
import { icon as cross } from '@elastic/eui/es/eui_components/icon/assets/cross';
import { icon as empty } from '@elastic/eui/es/eui_components/icon/assets/empty';
import { icon as help } from '@elastic/eui/es/eui_components/icon/assets/help';
import { icon as inspect } from '@elastic/eui/es/eui_components/icon/assets/inspect';
import { icon as pause } from '@elastic/eui/es/eui_components/icon/assets/pause';
import { icon as play } from '@elastic/eui/es/eui_components/icon/assets/play';
import { icon as refresh } from '@elastic/eui/es/eui_components/icon/assets/refresh';
import { icon as sortDown } from '@elastic/eui/es/eui_components/icon/assets/sort_down';
import { icon as sortUp } from '@elastic/eui/es/eui_components/icon/assets/sort_up';
import { icon as sortable } from '@elastic/eui/es/eui_components/icon/assets/sortable';

export function registerIcons(): void {
  appendIconComponentCache({
    alert,
    arrowDown,
    arrowLeft,
    arrowRight,
    arrowUp,
    calendar,
    check,
    clock,
    cross,
    empty,
    help,
    inspect,
    pause,
    play,
    refresh,
    sortDown,
    sortUp,
    sortable,
  });
}
