import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../api/query-client.ts';
import { useSessionStore } from '../../../lib/session-store.ts';
import { ALICE_KEY, jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { DEFAULT_SETTINGS } from '../lib/canvas-settings.ts';
import { stagingStore } from '../store/results-store.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { useCanvasUi } from '../store/ui-store.ts';
import { CanvasWorkspace } from './canvas-workspace.tsx';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';

function renderWorkspace() {
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <CanvasWorkspace />
    </QueryClientProvider>,
  );
  return { user };
}

beforeEach(() => {
  useSessionStore.setState({ credentials: { key: ALICE_KEY, baseUrl: BASE }, lastBaseUrl: BASE });
  useCanvasUi.setState({ mode: 'sketch', live: false });
  useCanvasSettings.setState({ settings: DEFAULT_SETTINGS });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CanvasWorkspace', () => {
  it('names every tool and command, and says what is saved', async () => {
    renderWorkspace();
    expect(await screen.findByRole('region', { name: 'Sketch canvas' })).toHaveAttribute(
      'tabindex',
      '0',
    );
    for (const name of ['Brush', 'Eraser', 'Line', 'Rectangle', 'Ellipse', 'Colour picker']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed');
    }
    for (const name of ['Fill', 'Undo', 'Redo', 'Clear', 'Import image', 'Fit', 'Zoom in']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Live' })).toHaveAttribute('aria-checked', 'false');
    for (const label of [
      'Prompt',
      'Style',
      'Output size',
      'Seed',
      'Strength',
      'Guidance',
      'Steps',
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByText('Saved in this browser')).toBeInTheDocument();
  });

  it('switches tools and modes by keyboard', async () => {
    const { user } = renderWorkspace();
    const region = await screen.findByRole('region', { name: 'Sketch canvas' });
    region.focus();
    await user.keyboard('e');
    expect(screen.getByRole('button', { name: 'Eraser' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('m');
    const tools = screen.getByRole('group', { name: 'Tools' });
    expect(within(tools).getByRole('button', { name: 'Mask brush' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const name of ['Mask eraser', 'Mask rectangle', 'Lasso']) {
      expect(within(tools).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Invert mask' })).toBeInTheDocument();
    expect(screen.getByLabelText('Feather')).toBeInTheDocument();
    const size = screen.getByLabelText<HTMLInputElement>('Brush size');
    const before = Number(size.value);
    await user.keyboard(']');
    expect(Number(size.value)).toBeGreaterThan(before);
    await user.keyboard('m');
    expect(screen.getByRole('button', { name: 'Brush' })).toBeInTheDocument();
  });

  it('explains why Inpaint and live mode are waiting', async () => {
    const { user } = renderWorkspace();
    await screen.findByRole('region', { name: 'Sketch canvas' });
    expect(screen.getByRole('button', { name: 'Inpaint' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Inpaint' })).toHaveAccessibleDescription(
      'Write a prompt first.',
    );
    await user.click(screen.getByRole('switch', { name: 'Live' }));
    expect(screen.getByText(/Write a prompt first\. Live results start with it\./)).toBeVisible();
  });

  it('shows the API’s own message when Refine fails, and keeps everything', async () => {
    const { requests } = stubFetch(() =>
      jsonResponse(
        { error: 'not enough api tokens for this request', path: '$', code: 'not-enough-tokens' },
        { status: 402 },
      ),
    );
    const { user } = renderWorkspace();
    await screen.findByRole('region', { name: 'Sketch canvas' });
    await user.type(screen.getByLabelText('Prompt'), 'a harbour');
    await user.click(screen.getByRole('button', { name: 'Refine' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Refine failed: not enough api tokens for this request',
    );
    expect(requests[0]?.url).toBe(`${BASE}/lcm-instant-refine`);
    expect(JSON.parse(requests[0]?.body ?? '{}')).toMatchObject({
      prompt: 'a harbour',
      width: 512,
      height: 512,
    });
    expect(stagingStore.get()).toEqual([]);
    expect(screen.getByLabelText('Prompt')).toHaveValue('a harbour');
  });
});
