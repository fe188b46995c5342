import { describe, expect, it } from 'vitest';
import { FairQueue } from './fair-queue.ts';

describe('FairQueue', () => {
  it('serves keys in turn, each its oldest item first', () => {
    const queue = new FairQueue<string>();
    for (const item of ['a1', 'a2', 'a3']) queue.push('a', item);
    queue.push('b', 'b1');
    queue.push('c', 'c1');
    queue.push('b', 'b2');
    const order = [];
    while (queue.length > 0) order.push(queue.shift()!.item);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('passes over keys that may not run now, without losing their turn for later', () => {
    const queue = new FairQueue<string>();
    queue.push('busy', 'x1');
    queue.push('free', 'y1');
    queue.push('free', 'y2');
    expect(queue.shift((key) => key !== 'busy')).toEqual({ key: 'free', item: 'y1' });
    expect(queue.shift()).toEqual({ key: 'busy', item: 'x1' });
    expect(queue.shift((key) => key !== 'free')).toBeUndefined();
    expect(queue.length).toBe(1);
  });

  it('counts per key and takes an item out from anywhere', () => {
    const queue = new FairQueue<string>();
    queue.push('a', 'a1');
    queue.push('a', 'a2');
    queue.push('b', 'b1');
    expect(queue.count('a')).toBe(2);
    expect(queue.remove('a', 'a1')).toBe(true);
    expect(queue.remove('a', 'a1')).toBe(false);
    expect(queue.remove('b', 'b1')).toBe(true);
    expect([queue.length, queue.count('a'), queue.count('b')]).toEqual([1, 1, 0]);
    expect(queue.shift()).toEqual({ key: 'a', item: 'a2' });
  });
});
