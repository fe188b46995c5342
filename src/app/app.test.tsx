import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY, rehydrateSession, useSessionStore } from '../lib/session-store.ts';
import { ALICE_KEY, jsonResponse, meResponder, stubFetch } from '../test/fetch-stub.ts';
import { renderApp } from '../test/render-app.tsx';
import { ALICE_ID } from '../test/render-signed-in.tsx';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';

// These tests are about the shell, not the views features put behind it (Konva, three.js…):
// each view module is replaced by a heading, still loaded lazily through routes.ts.
vi.mock('./views/canvas-view.tsx', () => ({ CanvasView: () => <h1>Canvas</h1> }));
vi.mock('./views/generate-view.tsx', () => ({ GenerateView: () => <h1>Generate</h1> }));
vi.mock('./views/history-view.tsx', () => ({ HistoryView: () => <h1>History</h1> }));
vi.mock('./views/textures-view.tsx', () => ({ TexturesView: () => <h1>Textures</h1> }));

function signedIn(key = ALICE_KEY) {
  useSessionStore.getState().signIn({ key, baseUrl: BASE, userId: ALICE_ID });
}

beforeEach(() => {
  useSessionStore.setState({ credentials: null, userId: null, lastBaseUrl: null });
  window.history.replaceState(null, '', '/generate');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App shell', () => {
  it('shows the user name and labelled token balances in the header', async () => {
    stubFetch(meResponder());
    signedIn();
    renderApp();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Leonardo Studio')).toBeInTheDocument();
    expect(await within(header).findByText('alice')).toBeInTheDocument();
    expect(header).toHaveTextContent('API tokens3,500');
    expect(header).toHaveTextContent('API plan 3,000 · API paid 500 · web app 150');
  });

  it('opens Generate by default, lazily', async () => {
    stubFetch(meResponder());
    signedIn();
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Generate' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Generate' })).toHaveAttribute('aria-current', 'page');
  });

  it('navigates between views with real paths and the back button', async () => {
    stubFetch(meResponder());
    signedIn();
    const { user } = renderApp();
    const nav = screen.getByRole('navigation', { name: 'Studio' });
    for (const name of ['Canvas', 'History', 'Textures', 'Generate']) {
      await user.click(within(nav).getByRole('link', { name }));
      expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
      expect(window.location.pathname).toBe(`/${name.toLowerCase()}`);
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    }
    expect(screen.getByRole('main')).toHaveFocus();

    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Textures' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Textures' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('asks for the first page of History when its link is pointed at or focused', async () => {
    const me = meResponder();
    const { requests } = stubFetch((request) =>
      request.url.includes('/generations/user/') ? jsonResponse({ generations: [] }) : me(request),
    );
    signedIn();
    const { user } = renderApp();
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('alice')).toBeInTheDocument();
    const history = screen.getByRole('link', { name: 'History' });
    const listed = () => requests.filter((r) => r.url.includes('/generations/user/')).length;
    expect(listed()).toBe(0);
    await user.hover(history);
    await waitFor(() => expect(listed()).toBe(1));
    // Fetched a moment ago: focusing the same link does not ask again.
    await act(async () => history.focus());
    expect(listed()).toBe(1);
  });

  it('says so for an unknown path', () => {
    stubFetch(meResponder());
    signedIn();
    window.history.replaceState(null, '', '/nowhere');
    renderApp();
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('signs out: forgets the key and shows the dialog again', async () => {
    stubFetch(meResponder());
    signedIn();
    const { user, queryClient } = renderApp();
    await screen.findByText('alice');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(screen.getByRole('dialog', { name: 'Connect to Leonardo' })).toBeInTheDocument();
    expect(screen.getByLabelText('API key')).toHaveFocus();
    expect(useSessionStore.getState().credentials).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toContain(ALICE_KEY);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('restores the session from sessionStorage, as after a reload', async () => {
    stubFetch(meResponder());
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({
        state: {
          credentials: { key: ALICE_KEY, baseUrl: BASE },
          userId: ALICE_ID,
          lastBaseUrl: BASE,
        },
        version: 1,
      }),
    );
    rehydrateSession();
    renderApp();
    expect(await screen.findByText('alice')).toBeInTheDocument();
  });

  it('tells the user when the server stops accepting the key', async () => {
    stubFetch(() =>
      jsonResponse({ error: 'Invalid API key', path: '$', code: 'access-denied' }, { status: 401 }),
    );
    signedIn('revoked');
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server no longer accepts this key: Invalid API key',
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });
});
