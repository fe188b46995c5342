import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isModalOpen } from '../lib/keyboard-focus.ts';
import { SHORTCUT_GROUPS } from '../lib/shortcuts-catalog.ts';
import { meResponder, stubFetch } from '../test/fetch-stub.ts';
import { renderApp } from '../test/render-app.tsx';
import { signInAlice } from '../test/render-signed-in.tsx';

// The sheet belongs to the shell: the views are stand-ins, one with a text field to type into.
vi.mock('./views/canvas-view.tsx', () => ({ CanvasView: () => <h1>Canvas</h1> }));
vi.mock('./views/generate-view.tsx', () => ({
  GenerateView: () => (
    <>
      <h1>Generate</h1>
      <label>
        Prompt <textarea />
      </label>
    </>
  ),
}));
vi.mock('./views/history-view.tsx', () => ({ HistoryView: () => <h1>History</h1> }));
vi.mock('./views/textures-view.tsx', () => ({ TexturesView: () => <h1>Textures</h1> }));

beforeEach(() => {
  signInAlice();
  window.history.replaceState(null, '', '/generate');
  stubFetch(meResponder());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the keyboard shortcuts sheet', () => {
  it('opens from the header, lists every group, traps focus, closes with Escape', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Generate' });
    const button = within(screen.getByRole('banner')).getByRole('button', {
      name: 'Keyboard shortcuts',
    });
    await user.click(button);

    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const group of SHORTCUT_GROUPS) {
      expect(within(sheet).getByRole('heading', { name: group.title })).toBeInTheDocument();
    }
    expect(sheet).toHaveTextContent('Undo');
    // Keys a screen reader would otherwise read as symbols are spelled out.
    expect(within(sheet).getAllByText('Left arrow').length).toBeGreaterThan(0);
    // Shift with each arrow is printed once: Shift + ← / → / ↑ / ↓.
    const orbitKeys = within(sheet).getByText('Orbit around the model').previousElementSibling;
    expect(orbitKeys?.textContent?.match(/Shift/g)).toHaveLength(1);
    expect(orbitKeys).toHaveTextContent('Down arrow');
    expect(within(sheet).getByRole('button', { name: 'Close' })).toHaveFocus();
    // A modal <dialog>: the browser puts the page behind out of reach (the e2e tests check it).
    expect(sheet.tagName).toBe('DIALOG');
    expect(isModalOpen()).toBe(true);

    await user.tab();
    await user.tab();
    expect(sheet).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(isModalOpen()).toBe(false);
  });

  it('opens with ? from anywhere, but not while typing', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Generate' });

    await user.click(screen.getByRole('textbox', { name: 'Prompt' }));
    await user.keyboard('?');
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    (document.activeElement as HTMLElement).blur();
    await user.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
