import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { ConcurrencyLimiter } from '../../src/core/llm/limiter.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ConcurrencyLimiter', () => {
  it('never runs more than its limit at once and runs everything', async () => {
    const limiter = new ConcurrencyLimiter(3);
    let running = 0;
    let highest = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          running++;
          highest = Math.max(highest, running);
          await tick(2 + (i % 4));
          running--;
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(highest).toBe(3);
    expect(limiter.peakActive).toBe(3);
    expect(limiter.active).toBe(0);
  });

  it('starts waiting tasks in arrival order', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => limiter.run(async () => void order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('releases its slot when a task throws', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'ok')).resolves.toBe('ok');
  });

  it('drops a waiting task whose signal aborts, without taking a slot', async () => {
    const limiter = new ConcurrencyLimiter(1);
    let release: () => void = () => {};
    const blocker = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const controller = new AbortController();
    let ran = false;
    const waiting = limiter.run(async () => void (ran = true), controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
    release();
    await blocker;
    expect(ran).toBe(false);
    expect(limiter.active).toBe(0);
  });

  it('refuses a limit below 1', () => {
    expect(() => new ConcurrencyLimiter(0)).toThrow(RangeError);
  });
});
