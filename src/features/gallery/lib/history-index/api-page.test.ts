import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../../api/client.ts';
import { ALICE_KEY, jsonResponse, stubFetch } from '../../../../test/fetch-stub.ts';
import { generationFixture } from '../../../../test/generation-fixture.ts';
import { apiPage, historyScope } from './api-page.ts';

afterEach(() => vi.unstubAllGlobals());

describe('apiPage', () => {
  it('reads one page of the list endpoint, key in the header only', async () => {
    const generation = generationFixture();
    const { requests } = stubFetch(() => jsonResponse({ generations: [generation] }));
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:8787/api/rest/v1',
      getKey: () => ALICE_KEY,
    });
    const page = await apiPage(client, 'user-1')(200, 100, new AbortController().signal);
    expect(page).toEqual([generation]);
    expect(requests[0]!.url).toBe(
      'http://127.0.0.1:8787/api/rest/v1/generations/user/user-1?offset=200&limit=100',
    );
    expect(requests[0]!.url).not.toContain(ALICE_KEY);
    expect(requests[0]!.headers.get('Authorization')).toBe(`Bearer ${ALICE_KEY}`);
  });

  it('names a scope by server and user', () => {
    expect(historyScope('https://cloud.leonardo.ai/api/rest/v1', 'u')).toBe(
      'https://cloud.leonardo.ai/api/rest/v1\nu',
    );
  });
});
