import '@elastic/eui/dist/eui_theme_light.css';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { UebaApp } from '../app/UebaApp';
import { browserFetch } from './browser_fetch';
import { registerIcons } from './icons';

registerIcons();
const root = document.getElementById('ueba-root');
if (root === null) {
  throw new Error('no #ueba-root element');
}
createRoot(root).render(<UebaApp http={browserFetch} />);
