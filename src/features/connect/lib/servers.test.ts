import { describe, expect, it } from 'vitest';
import { CLOUD_BASE_URL } from '../../../../contract/limits.ts';
import {
  baseUrlForChoice,
  checkCustomBaseUrl,
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
    expect(baseUrlForChoice('cloud', '')).toEqual({ ok: true, baseUrl: CLOUD_BASE_URL });
    expect(baseUrlForChoice('local', '')).toEqual({ ok: true, baseUrl: localEngineBaseUrl() });
    expect(choiceForBaseUrl(null)).toBe('local');
    expect(choiceForBaseUrl(CLOUD_BASE_URL)).toBe('cloud');
    expect(choiceForBaseUrl('https://example.com')).toBe('custom');
  });
});
