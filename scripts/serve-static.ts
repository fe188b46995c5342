// A plain static server for the built studio, as any static host would serve it: files from one
// folder under a base path, index.html for the studio's own page paths, nothing else (no API).
//   npx tsx scripts/serve-static.ts dist --base /team/studio/ --port 8080 [--host 127.0.0.1]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const root = resolve(
  process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist',
);
const rawBase = option('base', '/');
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(option('port', '8080'));
const host = option('host', '127.0.0.1');

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://static.invalid');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  // The folder without its slash: relative asset URLs only resolve from the folder itself.
  if (`${url.pathname}/` === base) {
    response.writeHead(301, { Location: `${base}${url.search}` }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    response.writeHead(400).end();
    return;
  }
  const wanted = normalize(join(root, relative));
  if (wanted !== root && !wanted.startsWith(root + sep)) {
    response.writeHead(404).end();
    return;
  }
  // A page path of the studio (no file there, no extension) gets the app; a missing file is a 404.
  const file = isFile(wanted) ? wanted : extname(relative) === '' ? join(root, 'index.html') : null;
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
