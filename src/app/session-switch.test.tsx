import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../lib/session-store.ts';
import { INVALID_KEY_BODY, jsonResponse, meBody, stubFetch } from '../test/fetch-stub.ts';
import { renderApp } from '../test/render-app.tsx';

const USERS: Record<string, { id: string; username: string }> = {
  'alice-key': { id: '3f1c1f7e-3c9a-4b8e-9d2a-2f6f0c4b1a11', username: 'alice' },
  'bob-key': { id: '7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d', username: 'bob' },
};
const GENERATION = '51111111-2222-4333-8444-555555555555';

/** Two users on one server: each key is its own user, as on the local engine. */
function twoUsers() {
  return stubFetch((request) => {
    const key = request.headers.get('Authorization')?.replace('Bearer ', '') ?? '';
    const user = USERS[key];
    if (!user) return jsonResponse(INVALID_KEY_BODY, { status: 401 });
    const path = new URL(request.url).pathname.replace('/api/rest/v1', '');
    if (path === '/me') {
      const body = meBody(user.username);
      body.user_details[0]!.user.id = user.id;
      return jsonResponse(body);
    }
    if (path === '/platformModels') return jsonResponse({ custom_models: [] });
    if (request.method === 'POST' && path === '/generations') {
      return jsonResponse({
        sdGenerationJob: { generationId: GENERATION, apiCreditCost: 4, cost: null },
      });
    }
    if (path === `/generations/${GENERATION}`) {
      return jsonResponse({ error: 'not yet', path: '$', code: 'not-found' }, { status: 404 });
    }
    return jsonResponse({ error: `no stub for ${path}`, path: '$', code: 'x' }, { status: 404 });
  });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/generate');
});
afterEach(() => vi.unstubAllGlobals());

async function connectAs(user: ReturnType<typeof renderApp>['user'], key: string) {
  const dialog = screen.getByRole('dialog', { name: 'Connect to Leonardo' });
  await user.type(within(dialog).getByLabelText('API key'), key);
  await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
  await screen.findByRole('heading', { level: 1, name: 'Generate' });
}

describe('one tab, two users', () => {
  it('shows the next user none of the first one’s work, and gives it back to them', async () => {
    twoUsers();
    const app = renderApp();
    const { user } = app;
    await connectAs(user, 'alice-key');
    const prompt = () => screen.getByRole('textbox', { name: 'Prompt' });
    await user.type(prompt(), 'alice’s lighthouse');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const tray = await screen.findByRole('region', { name: /^Jobs/ });
    expect(tray).toHaveTextContent('alice’s lighthouse');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(app.queryClient.getQueryCache().getAll()).toHaveLength(0);
    await connectAs(user, 'bob-key');
    expect(within(screen.getByRole('banner')).getByText('bob')).toBeInTheDocument();
    expect(prompt()).toHaveValue('');
    expect(screen.queryByRole('region', { name: /^Jobs/ })).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('alice’s lighthouse');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await connectAs(user, 'alice-key');
    expect(prompt()).toHaveValue('alice’s lighthouse');
    expect(screen.getByRole('region', { name: /^Jobs/ })).toHaveTextContent('alice’s lighthouse');
  });

  it('takes a #key= link opened in the tab while it is open, and removes it from the address', async () => {
    twoUsers();
    const { user } = renderApp();
    await connectAs(user, 'alice-key');
    window.history.replaceState(null, '', '/generate?reuse=x#key=bob-key');
    await act(async () => window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(await within(await screen.findByRole('banner')).findByText('bob')).toBeInTheDocument();
    expect(useSessionStore.getState().credentials?.key).toBe('bob-key');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('bob-key');
  });
});
