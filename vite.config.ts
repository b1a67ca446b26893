import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// BASE_URL lets the app live under a sub-path (e.g. /atlas/) on a static host.
export default defineConfig({
  base: process.env.BASE_URL ?? '/',
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
});
