// Long synchronous work written as a generator that yields its progress now and then, so that the
// same code runs to the end at once (CLI, tests) or in time slices that keep an event loop
// responsive (the menu: Ink renders and reads keys between slices).
import { throwIfAborted } from './errors.js';
import type { LongWork } from './types.js';

/** Runs the steps to the end synchronously and returns the result. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Longest stretch of work between two turns of the event loop (one frame at 60 Hz). */
const SLICE_MS = 16;

/**
 * Runs the steps in slices of about SLICE_MS, giving the event loop a turn (setImmediate) between
 * slices, reporting the latest progress then and stopping with CancelledError once `signal` aborts.
 */
export async function runStepsInSlices<P, T>(steps: Generator<P, T>, work: LongWork<P> = {}): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    work.onProgress?.(step.value);
    await new Promise((resolve) => setImmediate(resolve));
    throwIfAborted(work.signal);
    sliceStart = performance.now();
  }
}
