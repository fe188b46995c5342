import { describe, expect, it, vi } from 'vitest';
import {
  CANVAS_HANDOFF_KEY,
  clearOpenInCanvasRequest,
  fetchImageAsDataUrl,
  isOpenableImageUrl,
  peekOpenInCanvasRequest,
  requestOpenInCanvas,
} from './canvas-handoff.ts';

const URL_A = 'http://127.0.0.1:8787/files/generations/a/b.jpg';

describe('open in canvas', () => {
  it('stores the request in this tab and navigates to the canvas', () => {
    const go = vi.fn();
    requestOpenInCanvas(URL_A, { go });
    expect(go).toHaveBeenCalledWith('/canvas');
    expect(peekOpenInCanvasRequest()).toMatchObject({ imageUrl: URL_A });
    expect(JSON.parse(sessionStorage.getItem(CANVAS_HANDOFF_KEY)!)).toMatchObject({
      imageUrl: URL_A,
    });
  });

  it('keeps the request until it is cleared, and a cleared one is gone', () => {
    requestOpenInCanvas(URL_A, { go: () => {} });
    const request = peekOpenInCanvasRequest()!;
    expect(peekOpenInCanvasRequest()).toEqual(request);
    clearOpenInCanvasRequest(request);
    expect(peekOpenInCanvasRequest()).toBeNull();
  });

  it('does not clear a newer request than the one handled', () => {
    vi.useFakeTimers({ now: 1000 });
    requestOpenInCanvas(URL_A, { go: () => {} });
    const first = peekOpenInCanvasRequest()!;
    vi.setSystemTime(2000);
    requestOpenInCanvas(`${URL_A}?2`, { go: () => {} });
    clearOpenInCanvasRequest(first);
    expect(peekOpenInCanvasRequest()?.imageUrl).toBe(`${URL_A}?2`);
    vi.useRealTimers();
  });

  it('refuses addresses the canvas cannot fetch, and ignores damaged entries', () => {
    expect(() => requestOpenInCanvas('javascript:alert(1)', { go: () => {} })).toThrow(TypeError);
    expect(isOpenableImageUrl('data:image/png;base64,AA')).toBe(true);
    expect(isOpenableImageUrl('data:text/html,hi')).toBe(false);
    expect(isOpenableImageUrl('/files/a.jpg')).toBe(true);
    sessionStorage.setItem(CANVAS_HANDOFF_KEY, '{nope');
    expect(peekOpenInCanvasRequest()).toBeNull();
    sessionStorage.setItem(
      CANVAS_HANDOFF_KEY,
      JSON.stringify({ imageUrl: 'file:///etc', requestedAt: 1 }),
    );
    expect(peekOpenInCanvasRequest()).toBeNull();
  });
});

describe('fetchImageAsDataUrl', () => {
  it('downloads an image without credentials and returns a data URL', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'image/jpeg' } }),
    );
    const dataUrl = await fetchImageAsDataUrl(URL_A, { fetchImpl });
    expect(dataUrl).toBe('data:image/jpeg;base64,AQID');
    expect(fetchImpl).toHaveBeenCalledWith(
      URL_A,
      expect.objectContaining({ mode: 'cors', credentials: 'omit' }),
    );
  });

  it('encodes large images in chunks', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    const dataUrl = await fetchImageAsDataUrl(URL_A, {
      fetchImpl: async () => new Response(bytes, { headers: { 'Content-Type': 'image/png' } }),
    });
    expect(atob(dataUrl.slice('data:image/png;base64,'.length))).toHaveLength(100_000);
  });

  it('passes data URLs through untouched', async () => {
    const fetchImpl = vi.fn();
    await expect(fetchImageAsDataUrl('data:image/png;base64,AA', { fetchImpl })).resolves.toBe(
      'data:image/png;base64,AA',
    );
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('says what went wrong', async () => {
    await expect(
      fetchImageAsDataUrl(URL_A, { fetchImpl: async () => new Response('gone', { status: 404 }) }),
    ).rejects.toThrow('the server answered HTTP 404');
    await expect(
      fetchImageAsDataUrl(URL_A, {
        fetchImpl: async () => new Response('<html>', { headers: { 'Content-Type': 'text/html' } }),
      }),
    ).rejects.toThrow('did not lead to an image');
    await expect(
      fetchImageAsDataUrl(URL_A, {
        fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')),
      }),
    ).rejects.toThrow('Could not download the image');
  });
});
