import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, startSdkHarness, type SdkHarness } from './sdk-harness.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const example = 'examples/sdk-quickstart.ts';

let h: SdkHarness;
beforeAll(async () => {
  h = await startSdkHarness();
});
afterAll(() => h.close());

describe('the README’s SDK example', () => {
  it('is in the README exactly as in examples/', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const code = readFileSync(`${root}${example}`, 'utf8');
    expect(readme).toContain('```ts\n' + code + '```');
  });

  it('runs as written against a listening engine, printing the images', async () => {
    const { stdout } = await promisify(execFile)(`${root}node_modules/.bin/tsx`, [example], {
      cwd: root,
      timeout: 60_000,
      env: {
        ...process.env,
        LEONARDO_SERVER_URL: `${h.origin}/api/rest/v1`,
        LEONARDO_API_KEY: ALICE,
      },
    });
    expect(stdout).toMatch(/^Signed in as /m);
    expect(stdout).toMatch(/^Estimated cost: \d+ credits$/m);
    const urls = stdout.split('\n').filter((line) => line.startsWith('http'));
    expect(urls).toHaveLength(2);
    for (const url of urls)
      expect((await fetch(url)).headers.get('content-type')).toBe('image/jpeg');
  });
});
