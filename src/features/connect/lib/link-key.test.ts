import { describe, expect, it, vi } from 'vitest';
import { takeKeyFromFragment } from './link-key.ts';

function fakeLocation(hash: string) {
  return { hash, pathname: '/generate', search: '?x=1' };
}

describe('takeKeyFromFragment', () => {
  it('returns the key and removes the fragment from the address bar', () => {
    const history = { state: { a: 1 }, replaceState: vi.fn() };
    expect(takeKeyFromFragment(fakeLocation('#key=e2e-alice-key'), history)).toBe('e2e-alice-key');
    expect(history.replaceState).toHaveBeenCalledWith({ a: 1 }, '', '/generate?x=1');
  });

  it('decodes the key', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(takeKeyFromFragment(fakeLocation('#key=a%2Bb%3D'), history)).toBe('a+b=');
  });

  it('leaves other fragments alone', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(takeKeyFromFragment(fakeLocation('#section'), history)).toBeNull();
    expect(takeKeyFromFragment(fakeLocation(''), history)).toBeNull();
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('removes an empty key fragment too', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(takeKeyFromFragment(fakeLocation('#key='), history)).toBeNull();
    expect(history.replaceState).toHaveBeenCalled();
  });
});
