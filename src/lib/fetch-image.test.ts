import { describe, expect, it, vi } from 'vitest';
import { fetchImageAsDataUrl, isOpenableImageUrl } from './fetch-image.ts';

const URL_A = 'http://127.0.0.1:8787/files/generations/a/b.jpg';

describe('isOpenableImageUrl', () => {
  it('accepts web addresses and image data URLs only', () => {
    expect(isOpenableImageUrl('data:image/png;base64,AA')).toBe(true);
    expect(isOpenableImageUrl('data:text/html,hi')).toBe(false);
    expect(isOpenableImageUrl('/files/a.jpg')).toBe(true);
    expect(isOpenableImageUrl(URL_A)).toBe(true);
    expect(isOpenableImageUrl('javascript:alert(1)')).toBe(false);
    expect(isOpenableImageUrl('file:///etc/passwd')).toBe(false);
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

  it('refuses addresses it must not fetch', async () => {
    const fetchImpl = vi.fn();
    await expect(fetchImageAsDataUrl('javascript:alert(1)', { fetchImpl })).rejects.toThrow(
      TypeError,
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
