import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Offline-only page: nothing may be fetched from, or sent to, another origin.
// 'wasm-unsafe-eval' lets DuckDB compile its WebAssembly; inline styles are Recharts'.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Only the built page gets the policy: the dev server's hot reload injects inline scripts.
const contentSecurityPolicy = (): Plugin => ({
  name: 'outcomestat-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: CONTENT_SECURITY_POLICY,
      },
      injectTo: 'head-prepend',
    },
  ],
});

// `base: './'` keeps dist/ working from any static folder or sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/pin-time-zone.ts'],
    // Real exports are imported into a fresh DuckDB in beforeAll hooks; on a busy
    // two-core machine that has taken over the default 10 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
