import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The dev server proxies the API and the sync socket to the Waymark server (npm run dev).
const apiTarget = `http://localhost:${process.env.WAYMARK_API_PORT ?? '3001'}`;

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Zod and the switch that keeps it from compiling validators with eval (client/src/zodConfig.ts)
        // travel together: the switch then runs before any schema is built, however the lazily
        // loaded parts (report, export) split the shared code into chunks.
        manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]client[\\/]src[\\/]zodConfig\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/sync': { target: apiTarget, ws: true },
    },
  },
  test: {
    root: '.',
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
