import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, waitForJob, type Harness } from '../harness.ts';

/** Requests as an attacker (or a broken client) sends them, over real HTTP. */
const PUBLIC = 'http://studio.example.test:8787';
let h: Harness;
let base: string;
let port: number;
let aliceId: string;
const studio = mkdtempSync(join(tmpdir(), 'leo-hardening-studio-'));
beforeAll(async () => {
  mkdirSync(join(studio, 'assets'));
  writeFileSync(join(studio, 'index.html'), '<!doctype html><div id="root"></div>');
  h = await startEngine({
    publicUrl: PUBLIC,
    studioDir: studio,
    timeouts: { headersMs: 600, requestMs: 1500, keepAliveMs: 500, checkEveryMs: 100 },
  });
  base = await h.app.listen({ host: '127.0.0.1', port: 0 });
  port = Number(new URL(base).port);
  aliceId = await h.userId(ALICE);
});
afterAll(async () => {
  await h.close();
  rmSync(studio, { recursive: true, force: true });
});

const auth = { authorization: `Bearer ${ALICE}` };

/** Sends raw bytes on a socket; resolves with everything the server wrote until it closed. */
function raw(request: string | Buffer, { waitMs = 5000 } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(data);
    }, waitMs).unref();
  });
}
const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
const statusOf = (response: string) => Number(response.split(' ')[1]);

describe('URLs the engine builds', () => {
  it('come from the public origin, never from a forged Host header', async () => {
    const created = await fetch(`${base}${API}/generations`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', host: 'evil.example' },
      body: JSON.stringify({ prompt: 'host', width: 64, height: 64, num_images: 1 }),
    });
    const id = ((await created.json()) as any).sdGenerationJob.generationId;
    const generation = await waitForJob(
      async () =>
        ((await (await fetch(`${base}${API}/generations/${id}`, { headers: auth })).json()) as any)
          .generations_by_pk,
      (g) => g.status,
    );
    expect(generation.generated_images[0].url.startsWith(`${PUBLIC}/files/`)).toBe(true);
    const forged = await raw(
      `POST ${API}/init-image HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${ALICE}\r\n` +
        `Content-Type: application/json\r\nContent-Length: 21\r\nConnection: close\r\n\r\n{"extension":"png"}  `,
    );
    const form = bodyOf(forged).uploadInitImage;
    expect(form.url.startsWith(`${PUBLIC}/uploads/`)).toBe(true);
    expect(forged).not.toContain('evil.example');
    const list = await raw(
      `GET ${API}/generations/user/${aliceId} HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${ALICE}\r\nConnection: close\r\n\r\n`,
    );
    expect(list).not.toContain('evil.example');
  });
});

describe('every answer', () => {
  it('carries nosniff: API, errors, files, the studio, 404s', async () => {
    const me = await fetch(`${base}${API}/me`, { headers: auth });
    const generation = (
      (await (
        await fetch(`${base}${API}/generations/user/${aliceId}?limit=1`, { headers: auth })
      ).json()) as any
    ).generations[0];
    const file = await fetch(generation.generated_images[0].url.replace(PUBLIC, base));
    expect(file.status).toBe(200);
    for (const res of [
      me,
      file,
      await fetch(`${base}${API}/me`),
      await fetch(`${base}/`),
      await fetch(`${base}/files/nothing.jpg`),
      await fetch(`${base}${API}/nope`, { headers: auth }),
    ]) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
    }
  });

  it.each([
    ['a malformed %-encoding', `${API}/generations/%E0%A4%A`, 400, 'bad-request'],
    ['an overlong path parameter', `${API}/generations/${'a'.repeat(500)}`, 414, 'uri-too-long'],
    ['an offset past 2^53', `${API}/generations/user/USER?offset=1e20`, 400, 'validation-failed'],
    [
      'an offset of Infinity',
      `${API}/generations/user/USER?offset=Infinity`,
      400,
      'validation-failed',
    ],
    ['a limit of NaN', `${API}/generations/user/USER?limit=NaN`, 400, 'validation-failed'],
  ])("answers %s in Leonardo's shape", async (_what, url, status, code) => {
    const res = await fetch(`${base}${url.replace('USER', aliceId)}`, { headers: auth });
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error: expect.any(String), path: expect.any(String), code });
  });

  it("answers malformed HTTP and oversized headers in Leonardo's shape", async () => {
    const garbage = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(statusOf(garbage)).toBe(400);
    expect(bodyOf(garbage)).toMatchObject({ path: '$', code: 'bad-request' });
    const huge = await raw(
      `GET ${API}/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'y'.repeat(20_000)}\r\n\r\n`,
    );
    expect(statusOf(huge)).toBe(431);
    expect(bodyOf(huge).code).toBe('headers-too-large');
  });

  it('refuses a large GET body, sent with a length or chunked, without buffering it', async () => {
    const big = JSON.stringify({ offset: 0, pad: 'z'.repeat(100_000) });
    // fetch will not send a GET body; a raw request is what an attacker sends.
    const sized = await raw(
      `GET ${API}/generations/user/${aliceId} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ALICE}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${big.length}\r\n\r\n${big}`,
    );
    expect(statusOf(sized)).toBe(413);
    expect(bodyOf(sized).code).toBe('payload-too-large');
    const chunks = big.match(/.{1,8192}/g)!.map((c) => `${c.length.toString(16)}\r\n${c}\r\n`);
    const chunked = await raw(
      `GET ${API}/generations/user/${aliceId} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ALICE}\r\n` +
        `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunks.join('')}0\r\n\r\n`,
    );
    expect(statusOf(chunked)).toBe(413);
  });
});

describe('slow clients', () => {
  it('are dropped when their headers do not arrive in time, and the engine keeps serving', async () => {
    const started = performance.now();
    // Half a request line, then silence: a slowloris.
    const answer = await raw(`GET ${API}/me HTTP/1.1\r\nHost: x\r\n`, { waitMs: 10_000 });
    const held = performance.now() - started;
    expect(held).toBeLessThan(5000);
    expect(statusOf(answer)).toBe(408);
    expect(bodyOf(answer).code).toBe('request-timeout');
    expect((await fetch(`${base}${API}/me`, { headers: auth })).status).toBe(200);
  });

  it('are dropped when their body does not arrive in time', async () => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      `POST ${API}/generations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ALICE}\r\n` +
        `Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"prompt":`,
    );
    socket.on('error', () => {}).resume();
    const drip = setInterval(() => socket.writable && socket.write(' '), 200);
    await new Promise((r) => socket.once('close', r));
    clearInterval(drip);
    expect(performance.now() - started).toBeLessThan(6000);
    expect((await fetch(`${base}${API}/me`, { headers: auth })).status).toBe(200);
  });

  it('close idle keep-alive connections', async () => {
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.write(`GET ${API}/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ALICE}\r\n\r\n`);
    const closed = new Promise((r) => socket.once('close', r));
    const started = performance.now();
    await closed;
    expect(statusOf(answer)).toBe(200);
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
