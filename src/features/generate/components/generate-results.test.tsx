import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { apiResponder } from '../../../test/render-signed-in.tsx';
import type { GenerateResult } from '../lib/generate-actions.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';
import { renderGenerate } from '../test-helpers.tsx';

const DONE_ID = '51111111-2222-4333-8444-555555555555';
const done = generationFixture({
  id: DONE_ID,
  prompt: 'a harbour at dawn',
  imageWidth: 640,
  imageHeight: 384,
  seed: 77,
  generated_images: [imageFixture(), imageFixture()],
});

const result = (overrides: Partial<GenerateResult>): GenerateResult => ({
  key: 'q1',
  label: 'a harbour at dawn',
  state: 'complete',
  requestedAt: Date.now() - 10_000,
  startedAt: Date.now() - 9_000,
  finishedAt: Date.now() - 2_000,
  message: null,
  jobId: DONE_ID,
  body: { prompt: 'a harbour at dawn', num_images: 2, width: 640, height: 384, alchemy: true },
  ...overrides,
});

function stubApi() {
  stubFetch(
    apiResponder((_request, path) => {
      if (path === '/platformModels') return jsonResponse({ custom_models: [] });
      if (path === `/generations/${DONE_ID}`) return jsonResponse({ generations_by_pk: done });
      return undefined;
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('Generate’s results', { timeout: 20_000 }, () => {
  it('shows the images where they were asked for, with what can be done with each', async () => {
    stubApi();
    const { actions } = renderGenerate({ results: [result({})] });
    const list = screen.getByRole('list', { name: 'Results' });
    const images = await within(list).findAllByRole('img', { name: 'a harbour at dawn' });
    expect(images).toHaveLength(2);
    const second = within(list).getByRole('figure', { name: 'Image 2 of 2' });
    fireEvent.click(within(second).getByRole('button', { name: 'Open in canvas' }));
    expect(actions.onOpenInCanvas).toHaveBeenCalledWith(done.generated_images[1]!.id, DONE_ID);
    fireEvent.click(within(second).getByRole('button', { name: 'Use as init image' }));
    expect(actions.onUseAsInit).toHaveBeenCalledWith(done.generated_images[1]!.id);
    expect(within(second).getByRole('button', { name: 'Download' })).toBeEnabled();
    fireEvent.click(within(list).getByRole('button', { name: 'Details' }));
    expect(actions.onOpenDetails).toHaveBeenCalledWith(DONE_ID);
    fireEvent.click(within(list).getByRole('button', { name: 'Reuse' }));
    expect(useGenerateForm.getState().form).toMatchObject({
      prompt: 'a harbour at dawn',
      width: '640',
      height: '384',
      seed: '77',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Clear results' }));
    expect(actions.onClearResults).toHaveBeenCalledOnce();
  });

  it('holds a place for each image while the request waits or runs, with its time so far', () => {
    stubApi();
    const { actions } = renderGenerate({
      results: [
        result({
          key: 'q2',
          label: 'still waiting',
          state: 'queued',
          jobId: null,
          startedAt: null,
          finishedAt: null,
          requestedAt: Date.now() - 4_000,
        }),
        result({
          key: 'q3',
          label: 'on its way',
          state: 'running',
          finishedAt: null,
          startedAt: Date.now() - 7_000,
          jobId: null,
        }),
        result({ key: 'q4', label: 'refused', state: 'failed', message: 'No images today.' }),
      ],
    });
    const card = (name: string) => screen.getByRole('listitem', { name });
    expect(card('still waiting')).toHaveTextContent('Queued · waits for a free slot · 0:04');
    expect(card('on its way')).toHaveTextContent('Generating… 0:07');
    expect(within(card('on its way')).queryAllByRole('img')).toEqual([]);
    expect(card('refused')).toHaveTextContent('Failed: No images today.');
    fireEvent.click(within(card('still waiting')).getByRole('button', { name: 'Cancel' }));
    expect(actions.onCancel).toHaveBeenCalledWith('q2');
    fireEvent.click(within(card('refused')).getByRole('button', { name: 'Retry' }));
    expect(actions.onRetry).toHaveBeenCalledWith('q4');
  });

  it('says where results will appear before there are any', () => {
    stubApi();
    renderGenerate();
    expect(screen.getByRole('region', { name: 'Results' })).toHaveTextContent(
      /Your images appear here/,
    );
  });
});
