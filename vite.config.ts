import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { META_CONTENT_SECURITY_POLICY } from './engine/plugins/content-security-policy.ts';

/**
 * The built index.html carries the studio's CSP as a `<meta>` tag, from the same source as the
 * header the engine sends, so `dist/` on any static host is held to it too. Not in dev: Vite's
 * dev server injects inline scripts and styles the policy refuses.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'studio-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The engine serves the built studio and the API on one origin; in dev the studio talks to the
// engine across origins (CORS), so no proxy hides what the browser really does.
export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicyMeta()],
  // Relative URLs: `dist/` works from any static host at any path (src/lib/router.ts finds the
  // path it is served under), not only at an origin's root.
  base: './',
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
