import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The UI built standalone for the host (build/ui); the same UI runs inside OSD through public/.
export default defineConfig({
  root: 'ui/standalone',
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../../build/ui',
    emptyOutDir: true,
    // vega and OUI are large; they load once and are cached by content hash
    chunkSizeWarningLimit: 2500,
  },
  test: {
    root: '.',
    environment: 'jsdom',
    include: ['{common,ui,host,server,public}/**/*.test.{ts,tsx}'],
    setupFiles: ['ui/test/setup.ts'],
  },
});
