import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY, useSessionStore } from '../../../lib/session-store.ts';
import {
  ALICE_KEY,
  meBody,
  meResponder,
  stubFetch,
  type RecordedRequest,
} from '../../../test/fetch-stub.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { forgetPageEngine } from '../hooks/use-page-engine.ts';

beforeEach(() => {
  useSessionStore.setState({ credentials: null, userId: null, lastBaseUrl: null });
  window.history.replaceState(null, '', '/generate');
});

afterEach(() => {
  vi.unstubAllGlobals();
  forgetPageEngine();
});

/** The dialog first asks the page's engine what it offers; these are the calls after that. */
const apiCalls = (requests: RecordedRequest[]) =>
  requests.filter((request) => !request.url.endsWith('/studio/capabilities'));

describe('ConnectDialog', () => {
  it('says where the key is kept and focuses the key field', () => {
    renderApp();
    const dialog = screen.getByRole('dialog', { name: 'Connect to Leonardo' });
    expect(dialog).toHaveAccessibleDescription(/kept only in this browser tab’s session storage/);
    expect(screen.getByLabelText('API key')).toHaveFocus();
    expect(screen.getByLabelText('API key')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('radio', { name: /Local engine/ })).toBeChecked();
  });

  it('connects with a good key and keeps it in sessionStorage only', async () => {
    const { requests } = stubFetch(meResponder());
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { user } = renderApp();
    await user.type(screen.getByLabelText('API key'), ALICE_KEY);
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    expect(await screen.findByRole('banner')).toHaveTextContent('alice');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(apiCalls(requests)[0]?.url).toMatch(/\/api\/rest\/v1\/me$/);
    const stored = JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').state;
    expect(stored.credentials.key).toBe(ALICE_KEY);
    // The user the key belongs to, from GET /me: with the server, the scope of what is kept.
    expect(stored.userId).toBe(meBody().user_details[0]!.user.id);
    // Every write went to sessionStorage, none to localStorage.
    for (const call of setItem.mock.contexts) expect(call).toBe(sessionStorage);
    // eslint-disable-next-line no-restricted-properties -- checking that nothing was written there
    expect(localStorage.length).toBe(0);
    setItem.mockRestore();
  });

  it('shows the API’s error for a rejected key and keeps what the user typed', async () => {
    stubFetch(meResponder());
    const { user } = renderApp();
    await user.type(screen.getByLabelText('API key'), 'wrong-key');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid API key');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByLabelText('API key')).toHaveValue('wrong-key');
    expect(useSessionStore.getState().credentials).toBeNull();
  });

  it('asks for a key before calling the server', async () => {
    const { requests } = stubFetch(meResponder());
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByLabelText('API key')).toHaveAccessibleDescription('Enter your API key.');
    expect(apiCalls(requests)).toHaveLength(0);
  });

  it('shows and hides the key', async () => {
    const { user } = renderApp();
    await user.type(screen.getByLabelText('API key'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Show API key' }));
    expect(screen.getByLabelText('API key')).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide API key' }));
    expect(screen.getByLabelText('API key')).toHaveAttribute('type', 'password');
  });

  it('validates a custom base URL and connects to it', async () => {
    const { requests } = stubFetch(meResponder());
    const { user } = renderApp();
    await user.type(screen.getByLabelText('API key'), ALICE_KEY);
    await user.click(screen.getByRole('radio', { name: /Custom/ }));
    await user.type(screen.getByRole('textbox', { name: 'Base URL' }), 'ftp://example.com');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('textbox', { name: 'Base URL' })).toHaveAccessibleDescription(
      'The base URL must start with http:// or https://.',
    );
    expect(apiCalls(requests)).toHaveLength(0);

    await user.clear(screen.getByRole('textbox', { name: 'Base URL' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Base URL' }),
      'https://example.com/api/rest/v1/',
    );
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByRole('banner');
    expect(apiCalls(requests)[0]?.url).toBe('https://example.com/api/rest/v1/me');
    expect(useSessionStore.getState().credentials?.baseUrl).toBe('https://example.com/api/rest/v1');
  });

  it('says the local engine is unreachable on a network error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = renderApp();
    await user.type(screen.getByLabelText('API key'), ALICE_KEY);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'Could not reach the local engine',
    );
  });

  it('connects at once with a key from a link', async () => {
    const { requests } = stubFetch(meResponder());
    renderApp({ linkKey: ALICE_KEY });
    expect(await screen.findByRole('banner')).toHaveTextContent('alice');
    // One sign-in call; the view behind the dialog may load its own data after it.
    expect(requests.filter((request) => request.url.endsWith('/me'))).toHaveLength(1);
  });

  it('shows the error for a rejected link key and does not try it again after sign-out', async () => {
    const { requests } = stubFetch(meResponder());
    const { user } = renderApp({ linkKey: 'revoked-key' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid API key');
    expect(screen.getByLabelText('API key')).toHaveValue('revoked-key');

    await user.clear(screen.getByLabelText('API key'));
    await user.type(screen.getByLabelText('API key'), ALICE_KEY);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(screen.getByLabelText('API key')).toHaveValue('');
    const signIns = requests.filter((request) => request.url.endsWith('/me'));
    expect(signIns.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer revoked-key',
      `Bearer ${ALICE_KEY}`,
    ]);
  });

  it('keeps Tab inside the dialog', async () => {
    const { user } = renderApp();
    const key = screen.getByLabelText('API key');
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Connect' })).toHaveFocus();
    await user.tab();
    expect(key).toHaveFocus();
  });
});
