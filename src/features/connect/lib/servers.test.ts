import { describe, expect, it } from 'vitest';
import { CLOUD_BASE_URL } from '../../../../contract/limits.ts';
import {
  baseUrlForChoice,
  checkCustomBaseUrl,
  checkEngineUrl,
  choiceForBaseUrl,
  localEngineBaseUrl,
} from './servers.ts';

describe('servers', () => {
  it('points the local engine at its dev origin under Vite', () => {
    // Vitest runs in dev mode; a production build uses the page's own origin instead.
    expect(localEngineBaseUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/rest\/v1$/);
  });

  it('accepts http(s) base URLs and trims the trailing slash', () => {
    expect(checkCustomBaseUrl(' https://example.com/api/rest/v1/ ')).toEqual({
      ok: true,
      baseUrl: 'https://example.com/api/rest/v1',
    });
    expect(checkCustomBaseUrl('http://10.0.0.2:9000')).toEqual({
      ok: true,
      baseUrl: 'http://10.0.0.2:9000',
    });
  });

  it('rejects empty, relative, non-http and credential-bearing URLs', () => {
    for (const input of [
      '',
      'example.com',
      'ftp://example.com',
      'javascript:alert(1)',
      'https://u:p@example.com',
      'https://x.test/?a=1',
    ]) {
      expect(checkCustomBaseUrl(input).ok, input).toBe(false);
    }
  });

  it('maps choices to base URLs and back', () => {
    const inputs = { customUrl: '', engineUrl: '' };
    expect(baseUrlForChoice('cloud', inputs)).toEqual({ ok: true, baseUrl: CLOUD_BASE_URL });
    expect(baseUrlForChoice('local', inputs)).toEqual({ ok: true, baseUrl: localEngineBaseUrl() });
    expect(choiceForBaseUrl(null)).toBe('local');
    expect(choiceForBaseUrl(CLOUD_BASE_URL)).toBe('cloud');
    expect(choiceForBaseUrl('https://example.com')).toBe('custom');
  });

  it('asks for the engine’s URL where no engine serves the page, and adds the API path', () => {
    const away = { engineUrlNeeded: true, relayBaseUrl: null };
    expect(
      baseUrlForChoice('local', { customUrl: '', engineUrl: 'http://127.0.0.1:8851/' }, away),
    ).toEqual({ ok: true, baseUrl: 'http://127.0.0.1:8851/api/rest/v1' });
    expect(
      baseUrlForChoice('local', { customUrl: '', engineUrl: 'http://h:1/api/rest/v1' }, away),
    ).toEqual({ ok: true, baseUrl: 'http://h:1/api/rest/v1' });
    expect(checkEngineUrl('127.0.0.1:8787')).toEqual({
      ok: false,
      message: 'Enter a full URL, such as http://127.0.0.1:8787.',
    });
    expect(checkEngineUrl(' ')).toMatchObject({ ok: false });
  });

  it('offers the relay only with the base URL the engine named', () => {
    const inputs = { customUrl: '', engineUrl: '' };
    const relay = 'http://127.0.0.1:8787/relay/api/rest/v1';
    expect(
      baseUrlForChoice('relay', inputs, { engineUrlNeeded: false, relayBaseUrl: relay }),
    ).toEqual({ ok: true, baseUrl: relay });
    expect(baseUrlForChoice('relay', inputs)).toMatchObject({ ok: false });
    expect(choiceForBaseUrl(relay, relay)).toBe('relay');
    expect(choiceForBaseUrl(relay, null)).toBe('custom');
  });
});
