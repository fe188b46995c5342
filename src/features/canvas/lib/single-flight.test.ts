import { describe, expect, it, vi } from 'vitest';
import { createSingleFlight } from './single-flight.ts';

describe('single flight', () => {
  it('ignores a second run while the first is pending, in the same tick', async () => {
    const changes: boolean[] = [];
    const flight = createSingleFlight((busy) => changes.push(busy));
    let finish!: (value: string) => void;
    const task = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const first = flight.run(task);
    expect(flight.run(task)).toBeNull();
    expect(flight.busy).toBe(true);
    expect(task).toHaveBeenCalledTimes(1);
    finish('done');
    await expect(first).resolves.toBe('done');
    expect(flight.busy).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('frees itself after a failure, thrown or rejected', async () => {
    const flight = createSingleFlight();
    await expect(flight.run(() => Promise.reject(new Error('402')))).rejects.toThrow('402');
    expect(flight.busy).toBe(false);
    await expect(
      flight.run(() => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(flight.run(async () => 'again')).not.toBeNull();
  });
});
