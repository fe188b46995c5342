import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for Leonardo's cloud (or for a host the relay must never reach): it records calls. */
export interface FakeServer {
  origin: string;
  calls: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[];
  close: () => Promise<void>;
}

/** What a stand-in answers: a status, headers and a body, possibly in several chunks. */
export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string | string[];
}

export async function fakeServer(
  answer: (url: string, body: string) => FakeAnswer,
): Promise<FakeServer> {
  const calls: FakeServer['calls'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      calls.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const a = answer(req.url!, body);
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      // An answer in several chunks, written apart, arrives whole: the relay streams it.
      const parts = Array.isArray(a.body) ? a.body : [a.body];
      const next = () => {
        const part = parts.shift();
        if (part === undefined) return res.end();
        res.write(part);
        setImmediate(next);
      };
      next();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A raw HTTP request: unlike fetch, it sends the path exactly as written (no `..` clean-up). */
export function raw(
  origin: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
) {
  const { hostname, port } = new URL(origin);
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ hostname, port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      req.on('error', reject);
      req.end(body);
    },
  );
}
