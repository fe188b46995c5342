import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALICE_KEY, jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { createApiClient } from '../../../api/client.ts';
import { apiResponder, TEST_BASE_URL } from '../../../test/render-signed-in.tsx';
import { DEFAULT_FORM } from '../lib/form-state.ts';
import { handOffInitImage } from '../lib/init-image-handoff.ts';
import { DEFAULT_INIT_STRENGTH } from '../lib/init-image.ts';
import { cancelInitUpload, useInitImage } from '../lib/init-image-store.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';
import type { GenerateRequest } from '../lib/generate-actions.ts';
import { renderGenerate } from '../test-helpers.tsx';

const INIT_ID = '41111111-2222-4333-8444-555555555555';
const GENERATED_IMAGE_ID = '51111111-2222-4333-8444-555555555555';
const UPLOAD_URL = 'http://127.0.0.1:8787/uploads/presigned-token';

/** The presigned form's target: answers 204 once sent, or what the test says. */
class FakeUploadXhr {
  static sent: FormData[] = [];
  static status = 204;
  upload = { onprogress: null as ((event: Partial<ProgressEvent>) => void) | null };
  status = 0;
  statusText = '';
  responseText = '';
  withCredentials = false;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open() {}
  send(body: FormData) {
    FakeUploadXhr.sent.push(body);
    this.upload.onprogress?.({ loaded: 5, total: 10, lengthComputable: true });
    setTimeout(() => {
      this.status = FakeUploadXhr.status;
      this.responseText =
        this.status >= 400 ? '<Error><Message>Policy expired</Message></Error>' : '';
      this.onload?.();
    }, 0);
  }
  abort() {
    this.onabort?.();
  }
  getResponseHeader() {
    return null;
  }
}

function stubApi() {
  return stubFetch(
    apiResponder((request, path) => {
      if (path === '/platformModels') return jsonResponse({ custom_models: [] });
      if (request.method === 'POST' && path === '/init-image') {
        return jsonResponse({
          uploadInitImage: { id: INIT_ID, url: UPLOAD_URL, fields: '{"key":"k"}', key: 'k' },
        });
      }
      if (path === `/init-image/${INIT_ID}`) {
        return jsonResponse({
          init_images_by_pk: { id: INIT_ID, createdAt: 'x', url: 'https://cdn.test/init.png' },
        });
      }
      return undefined;
    }),
  );
}

const png = () =>
  new File([new Uint8Array([137, 80, 78, 71])], 'sketch.png', { type: 'image/png' });

beforeEach(() => {
  FakeUploadXhr.sent = [];
  FakeUploadXhr.status = 204;
  vi.stubGlobal('XMLHttpRequest', FakeUploadXhr);
  URL.createObjectURL = vi.fn(() => 'blob:local-preview');
  URL.revokeObjectURL = vi.fn();
  window.history.replaceState(null, '', '/generate');
});

afterEach(() => {
  cancelInitUpload();
  useInitImage.setState({ init: null, strength: DEFAULT_INIT_STRENGTH });
  useGenerateForm.setState({ form: DEFAULT_FORM });
  vi.unstubAllGlobals();
});

/** Generates and answers the body Generate handed to the app's queue. */
async function generateWith(submitted: GenerateRequest[], prompt: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Prompt' }), { target: { value: prompt } });
  fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
  await waitFor(() => expect(submitted).toHaveLength(1));
  return submitted[0]!.body as Record<string, unknown>;
}

describe('Init image', () => {
  it('uploads a picked file through the init-image flow and sends it as init_image_id', async () => {
    const { requests } = stubApi();
    const { submitted } = renderGenerate();
    const input = screen.getByLabelText('Init image');
    fireEvent.change(input, { target: { files: [png()] } });

    // The local preview while it uploads, then the server's own URL for it.
    const preview = await screen.findByRole('img', { name: 'Init image: sketch.png' });
    await waitFor(() => expect(preview).toHaveAttribute('src', 'https://cdn.test/init.png'));
    const upload = requests.find((r) => r.url.endsWith('/init-image'));
    expect(JSON.parse(upload!.body!)).toEqual({ extension: 'png' });
    // The presigned form gets its fields first, the file last, and no key.
    const form = FakeUploadXhr.sent[0]!;
    expect([...form.keys()]).toEqual(['key', 'file']);

    const slider = screen.getByRole('slider', { name: 'Init strength' });
    fireEvent.change(slider, { target: { value: '0.7' } });
    expect(screen.getByLabelText('Request as cURL')).toHaveTextContent('"init_image_id"');
    const body = await generateWith(submitted, 'a heron');
    expect(body).toMatchObject({ init_image_id: INIT_ID, init_strength: 0.7 });
    expect(body).not.toHaveProperty('init_generation_image_id');
  });

  it('takes a dropped file, and says plainly when the upload is refused', async () => {
    FakeUploadXhr.status = 403;
    stubApi();
    renderGenerate();
    const zone = screen.getByLabelText('Init image').closest('div.border-dashed')!;
    fireEvent.drop(zone, { dataTransfer: { files: [png()] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not upload sketch.png: Policy expired',
    );
    expect(useInitImage.getState().init).toBeNull();
  });

  it('refuses a file that is not an image the API takes, before any request', async () => {
    const { requests } = stubApi();
    renderGenerate();
    const text = new File(['x'], 'notes.txt', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText('Init image'), { target: { files: [text] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not upload notes.txt: Choose a PNG, JPEG or WebP image.',
    );
    expect(requests.some((r) => r.url.includes('/init-image'))).toBe(false);
  });

  it('takes ?init=<generatedImageId> as init_generation_image_id and removes the parameter', async () => {
    stubApi();
    window.history.replaceState(null, '', `/generate?init=${GENERATED_IMAGE_ID}`);
    const { submitted } = renderGenerate();
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.getByText(/One of your generated images/)).toBeInTheDocument();
    const body = await generateWith(submitted, 'a heron');
    expect(body).toMatchObject({
      init_generation_image_id: GENERATED_IMAGE_ID,
      init_strength: DEFAULT_INIT_STRENGTH,
    });
    expect(body).not.toHaveProperty('init_image_id');
  });

  it('sends no init fields once the init image is removed', async () => {
    stubApi();
    window.history.replaceState(null, '', `/generate?init=${GENERATED_IMAGE_ID}`);
    const { submitted } = renderGenerate();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove init image' }));
    expect(screen.queryByRole('slider', { name: 'Init strength' })).toBeNull();
    const body = await generateWith(submitted, 'a heron');
    expect(Object.keys(body).filter((key) => key.startsWith('init'))).toEqual([]);
  });
});

describe('handOffInitImage (the canvas’s “Use as init image”)', () => {
  it('starts the upload at once, and the upload lands in the init image', async () => {
    stubApi();
    handOffInitImage(
      createApiClient({ baseUrl: TEST_BASE_URL, getKey: () => ALICE_KEY }),
      png(),
      'canvas-result.png',
    );
    expect(useInitImage.getState().upload).toMatchObject({ status: 'uploading' });
    await waitFor(() =>
      expect(useInitImage.getState().init).toEqual({
        kind: 'uploaded',
        id: INIT_ID,
        url: 'https://cdn.test/init.png',
        name: 'canvas-result.png',
      }),
    );
  });
});
