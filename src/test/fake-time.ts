import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * Fake timers for tests of polling and backoff. setImmediate stays real: Node reads a stubbed
 * Response's body on it, and React schedules its work on it (neither is a wait). Testing
 * Library's async helpers and user-event wait on timers that would never run, so tests under
 * fake time move it on with `passTime` and fire events directly.
 */
export function useFakeTime(): void {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Moves fake time on in small steps, letting answers arrive and renders happen in between. */
export async function passTime(ms: number, steps = 20): Promise<void> {
  for (let step = 0; step < steps; step++) {
    await nextTurn();
    await act(() => vi.advanceTimersByTimeAsync(ms / steps));
  }
}
