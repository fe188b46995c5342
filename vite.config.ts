import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The engine serves the built studio and the API on one origin; in dev the studio talks to the
// engine across origins (CORS), so no proxy hides what the browser really does.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // bench/bundle-size.ts reads the manifest to tell the first screen from lazy chunks.
    manifest: true,
    // The largest chunk is the 3D preview's: three.js alone is about 570 KB minified (150 KB
    // gzip), one module that cannot be split smaller, fetched only when a model is shown. Every
    // other chunk is well under Vite's 500 KB; this limit is that one chunk's, so a new large
    // chunk still warns.
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
