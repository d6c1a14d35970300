// A FIFO concurrency limiter that never lets more than `limit` tasks run at once.
import { CancelledError } from '../errors.js';

export class ConcurrencyLimiter {
  readonly limit: number;
  private running = 0;
  private peak = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Concurrency must be a positive integer, got ${limit}`);
    this.limit = limit;
  }

  get active(): number {
    return this.running;
  }

  /** The most tasks ever running at once. */
  get peakActive(): number {
    return this.peak;
  }

  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    if (this.running < this.limit) {
      this.take();
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        this.take();
        resolve();
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new CancelledError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  private take(): void {
    this.running++;
    this.peak = Math.max(this.peak, this.running);
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
