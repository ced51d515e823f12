import { defineConfig } from 'vite';

// The standalone host as one Node module: build/host/server.mjs, next to the UI in build/ui.
export default defineConfig({
  // public/ is OSD's browser plugin, not static files to copy
  publicDir: false,
  build: {
    ssr: 'host/server.ts',
    outDir: 'build/host',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      output: { entryFileNames: 'server.mjs', format: 'es' },
    },
  },
});
