// Drives an Ink tree like a user: keys are sent only once the previous frame is drawn and its input
// handlers are registered (Ink 6 + React 19 re-register useInput between renders), so fast key
// sequences never hit stale handlers.
import type { ReactElement } from 'react';
import { render } from 'ink-testing-library';

export const KEY = {
  enter: '\r',
  escape: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  space: ' ',
} as const;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?]*[ -/]*[@-~]/g;

/** What a screen shows while its code or data loads: keys are only sent once it is gone. */
const LOADING = /Loading…|Loading [a-z]+…/;

const settle = () => new Promise((resolve) => setTimeout(resolve, 15));
const quiet = () => new Promise((resolve) => setTimeout(resolve, 40));

export interface Driver {
  /** The current frame without colors. */
  frame(): string;
  press(key: string, times?: number): Promise<void>;
  type(text: string): Promise<void>;
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<string>;
  unmount(): void;
}

export async function drive(tree: ReactElement): Promise<Driver> {
  const instance = render(tree);
  const frame = () => (instance.lastFrame() ?? '').replace(ANSI, '');
  const frames = () => instance.frames.length;

  /**
   * Waits for a new frame after input (or a short quiet period when the key changes nothing), then
   * until frames stop coming for a moment (a lazily loaded screen draws "Loading…" first).
   */
  const afterInput = async (before: number) => {
    const deadline = Date.now() + 1000;
    while (frames() === before && Date.now() < deadline) await settle();
    const limit = Date.now() + 3000;
    for (let seen = -1; (seen !== frames() || LOADING.test(frame())) && Date.now() < limit; ) {
      seen = frames();
      await quiet();
    }
  };

  const driver: Driver = {
    frame,
    async press(key, times = 1) {
      for (let i = 0; i < times; i++) {
        const before = frames();
        instance.stdin.write(key);
        await afterInput(before);
      }
    },
    async type(text) {
      for (const ch of text) await driver.press(ch);
    },
    async waitFor(expected, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      const matches = () => (typeof expected === 'string' ? frame().includes(expected) : expected.test(frame()));
      while (!matches()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(expected)}. Last frame:\n${frame()}`);
        await settle();
      }
      await settle();
      return frame();
    },
    unmount: () => instance.unmount(),
  };
  await settle();
  return driver;
}
