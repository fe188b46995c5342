import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../api/query-client.ts';
import { useSessionStore } from '../../../lib/session-store.ts';
import { ALICE_KEY, jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { DEFAULT_SETTINGS } from '../lib/canvas-settings.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { useCanvasUi } from '../store/ui-store.ts';
import { CanvasWorkspace } from './canvas-workspace.tsx';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
let scopes = 0;

function renderWorkspace(
  scope = `${BASE}\nuser-${++scopes}`,
  onUseAsInitImage?: (image: Blob, name: string) => void,
) {
  const user = userEvent.setup();
  const client = createQueryClient();
  const view = render(
    <QueryClientProvider client={client}>
      <CanvasWorkspace scope={scope} {...(onUseAsInitImage ? { onUseAsInitImage } : {})} />
    </QueryClientProvider>,
  );
  return { user, view, scope };
}

beforeEach(() => {
  useSessionStore.setState({ credentials: { key: ALICE_KEY, baseUrl: BASE }, lastBaseUrl: BASE });
  useCanvasUi.setState({ mode: 'sketch', live: false });
  useCanvasSettings.setState({ settings: DEFAULT_SETTINGS });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

// The whole workspace renders per test, on a shared two-core machine: more than vitest's 5 s default.
describe('CanvasWorkspace', { timeout: 30_000 }, () => {
  it('names every tool, layer and command, and says what is saved', async () => {
    renderWorkspace();
    expect(await screen.findByRole('region', { name: 'Sketch canvas' })).toHaveAttribute(
      'tabindex',
      '0',
    );
    for (const name of ['Brush', 'Eraser', 'Line', 'Rectangle', 'Ellipse', 'Colour picker']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed');
    }
    expect(screen.getByRole('button', { name: 'Move image' })).toHaveAttribute('aria-pressed');
    for (const name of [
      'Fill',
      'Undo',
      'Redo',
      'Clear',
      'Import image',
      'Fit',
      'Zoom in',
      'Extend left',
      'Extend right',
      'Extend up',
      'Extend down',
      'Save snapshot',
      'Add sketch layer',
      'Hide Sketch',
      'Hide Mask',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    // The one sketch layer stays: the canvas needs a layer to draw on.
    expect(screen.getByRole('button', { name: 'Delete Sketch' })).toBeDisabled();
    const layers = screen.getByRole('list', { name: 'Layers' });
    expect(
      within(layers)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Mask', 'Sketch']);
    expect(screen.getByRole('switch', { name: 'Live' })).toHaveAttribute('aria-checked', 'false');
    for (const label of [
      'Prompt',
      'Style',
      'Frame size',
      'Seed',
      'Strength',
      'Guidance',
      'Steps',
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Pen pressure sets')).toHaveValue('width');
    // A first visit stores the empty canvas at once.
    expect(
      await screen.findByText('Saved in this browser', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    // Without a Generate side to receive it, there is no "Use as init image".
    expect(screen.queryByRole('button', { name: 'Use as init image' })).toBeNull();
  });

  it('switches tools and modes by keyboard', async () => {
    const { user } = renderWorkspace();
    const region = await screen.findByRole('region', { name: 'Sketch canvas' });
    region.focus();
    await user.keyboard('e');
    expect(screen.getByRole('button', { name: 'Eraser' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('v');
    expect(screen.getByRole('button', { name: 'Move image' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('m');
    const tools = screen.getByRole('group', { name: 'Tools' });
    expect(within(tools).getByRole('button', { name: 'Mask brush' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const name of ['Mask eraser', 'Mask rectangle', 'Lasso', 'Magic wand']) {
      expect(within(tools).getByRole('button', { name })).toBeInTheDocument();
    }
    await user.keyboard('w');
    expect(within(tools).getByRole('button', { name: 'Magic wand' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const name of ['Invert mask', 'Grow mask', 'Shrink mask', 'Clear mask']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Tolerance')).toBeInTheDocument();
    expect(screen.getByLabelText('Feather')).toBeInTheDocument();
    const size = screen.getByLabelText<HTMLInputElement>('Brush size');
    const before = Number(size.value);
    await user.keyboard(']');
    expect(Number(size.value)).toBeGreaterThan(before);
    await user.keyboard('m');
    expect(screen.getByRole('button', { name: 'Brush' })).toBeInTheDocument();
  });

  it('explains why Inpaint, Outpaint and live mode are waiting', async () => {
    const { user } = renderWorkspace();
    await screen.findByRole('region', { name: 'Sketch canvas' });
    for (const name of ['Inpaint', 'Outpaint', 'Refine', 'Upscale']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
    expect(screen.getByRole('button', { name: 'Inpaint' })).toHaveAccessibleDescription(
      'Write a prompt first.',
    );
    await user.type(screen.getByLabelText('Prompt'), 'a harbour');
    expect(screen.getByRole('button', { name: 'Inpaint' })).toHaveAccessibleDescription(
      'Paint a mask (M) to inpaint.',
    );
    expect(screen.getByRole('button', { name: 'Outpaint' })).toHaveAccessibleDescription(
      'Extend the frame to outpaint.',
    );
    await user.click(screen.getByRole('button', { name: 'Extend right' }));
    expect(screen.getByRole('button', { name: 'Outpaint' })).toBeEnabled();
    expect(screen.getByRole('heading', { name: 'Frame 640 × 512' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Prompt'));
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
    expect(screen.queryByRole('list', { name: 'Staged results' })).toBeNull();
    expect(screen.getByLabelText('Prompt')).toHaveValue('a harbour');
  });

  it('sends one paid request for a double-click, and is free again when it settles', async () => {
    let answer!: (response: Response) => void;
    const { requests } = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const { user } = renderWorkspace();
    await screen.findByRole('region', { name: 'Sketch canvas' });
    await user.type(screen.getByLabelText('Prompt'), 'a harbour');
    await user.dblClick(screen.getByRole('button', { name: 'Upscale' }));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Refine' })).toBeDisabled();
    answer(jsonResponse({ error: 'busy', path: '$', code: 'unexpected' }, { status: 400 }));
    await screen.findByText(/Upscale failed: busy/);
    expect(screen.getByRole('button', { name: 'Upscale' })).toBeEnabled();
    expect(requests).toHaveLength(1);
  });

  it('hands the composited canvas to Generate when asked to', async () => {
    const onUseAsInitImage = vi.fn();
    const { user } = renderWorkspace(undefined, onUseAsInitImage);
    await screen.findByRole('region', { name: 'Sketch canvas' });
    await user.click(screen.getByRole('button', { name: 'Use as init image' }));
    await vi.waitFor(() => expect(onUseAsInitImage).toHaveBeenCalledTimes(1));
    const [image, name] = onUseAsInitImage.mock.calls[0]!;
    expect(image).toBeInstanceOf(Blob);
    expect(name).toBe('canvas-512x512.png');
  });

  it('keeps each user’s canvas apart, and gives it back when they return', async () => {
    const alice = `${BASE}\nalice-${++scopes}`;
    const first = renderWorkspace(alice);
    await screen.findByRole('region', { name: 'Sketch canvas' });
    await first.user.type(screen.getByLabelText('Prompt'), 'alice’s harbour');
    first.view.unmount();
    // Nothing of Alice's is left in the shared stores once her canvas is closed.
    expect(useCanvasSettings.getState().settings.prompt).toBe('');

    const bob = renderWorkspace(`${BASE}\nbob-${++scopes}`);
    await screen.findByRole('region', { name: 'Sketch canvas' });
    expect(screen.getByLabelText('Prompt')).toHaveValue('');
    bob.view.unmount();

    renderWorkspace(alice);
    await screen.findByRole('region', { name: 'Sketch canvas' });
    await vi.waitFor(() => expect(screen.getByLabelText('Prompt')).toHaveValue('alice’s harbour'));
  });
});
