import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOUD_BASE_URL } from '../../../../contract/limits.ts';
import { useSessionStore } from '../../../lib/session-store.ts';
import {
  ALICE_KEY,
  jsonResponse,
  meResponder,
  stubFetch,
  type RecordedRequest,
} from '../../../test/fetch-stub.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { forgetPageEngine } from '../hooks/use-page-engine.ts';

// Vitest runs in dev mode: the page's engine is the dev engine's origin (servers.ts).
const ENGINE = 'http://127.0.0.1:8787';
const RELAY = `${ENGINE}/relay/api/rest/v1`;

/** The engine's capabilities answer (engine/plugins/studio.ts), with the relay on or off. */
const capabilities = (relay: boolean) =>
  jsonResponse({
    engine: 'leonardo-studio-engine',
    api: '/api/rest/v1',
    relay: relay ? '/relay/api/rest/v1' : null,
  });

/** The cloud refuses this page (what a CORS refusal looks like to fetch); the rest answers. */
function serve({ relay, engine = true }: { relay: boolean; engine?: boolean }) {
  const me = meResponder();
  return stubFetch((request: RecordedRequest) => {
    if (request.url.endsWith('/studio/capabilities')) {
      // A static host answers any path with its index page.
      return engine
        ? capabilities(relay)
        : new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
    }
    if (request.url.startsWith(CLOUD_BASE_URL)) throw new TypeError('Failed to fetch');
    return me(request);
  });
}

beforeEach(() => {
  useSessionStore.setState({ credentials: null, userId: null, lastBaseUrl: null });
  window.history.replaceState(null, '', '/generate');
});
afterEach(() => {
  vi.unstubAllGlobals();
  forgetPageEngine();
});

describe('connecting to Leonardo’s cloud', () => {
  it('offers “Leonardo cloud through this engine” only where the engine relays', async () => {
    serve({ relay: true });
    renderApp();
    expect(
      await screen.findByRole('radio', { name: 'Leonardo cloud through this engine' }),
    ).toHaveAccessibleDescription(RELAY);
  });

  it('has no relay choice where the engine does not relay', async () => {
    serve({ relay: false });
    renderApp();
    await screen.findByRole('radio', { name: 'Local engine' });
    // The capabilities answer is in; the option list stays as it was.
    await new Promise((resolve) => setImmediate(resolve));
    expect(screen.queryByRole('radio', { name: /through this engine/ })).toBeNull();
  });

  it('says plainly when the browser cannot reach the cloud, and connects through the relay', async () => {
    const { requests } = serve({ relay: true });
    const { user } = renderApp();
    await user.type(screen.getByLabelText('API key'), ALICE_KEY);
    await user.click(screen.getByRole('radio', { name: 'Leonardo cloud' }));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Your browser could not reach Leonardo’s API directly/);
    expect(alert).toHaveTextContent('(CORS)');

    await user.click(within(alert).getByRole('button', { name: 'Connect through this engine' }));
    expect(await screen.findByRole('banner')).toHaveTextContent('alice');
    expect(useSessionStore.getState().credentials?.baseUrl).toBe(RELAY);
    expect(requests.at(-1)?.url.startsWith(`${RELAY}/`)).toBe(true);
  });

  it('explains how to get the relay where this page has none', async () => {
    serve({ relay: false });
    const { user } = renderApp();
    await user.type(screen.getByLabelText('API key'), ALICE_KEY);
    await user.click(screen.getByRole('radio', { name: 'Leonardo cloud' }));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('run the studio on your machine with `npm start`');
    expect(within(alert).queryByRole('button')).toBeNull();
  });
});

describe('a studio no engine serves (a static host)', () => {
  it('asks for the local engine’s URL and connects to its API', async () => {
    const { requests } = serve({ relay: false, engine: false });
    const { user } = renderApp();
    const engineUrl = await screen.findByRole('textbox', { name: 'Engine URL' });
    await user.type(screen.getByLabelText('API key'), ALICE_KEY);
    await user.clear(engineUrl);
    await user.type(engineUrl, 'http://127.0.0.1:8851');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByRole('banner');
    expect(useSessionStore.getState().credentials?.baseUrl).toBe(
      'http://127.0.0.1:8851/api/rest/v1',
    );
    expect(requests.some((r) => r.url === 'http://127.0.0.1:8851/api/rest/v1/me')).toBe(true);
  });
});
