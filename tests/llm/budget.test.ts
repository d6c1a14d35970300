import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/core/llm/budget.js';

describe('Budget', () => {
  it('allows calls under the cap and stops at it when nobody is asked (headless)', async () => {
    const budget = new Budget({ maxUsd: 1 });
    budget.record(0.6);
    expect(await budget.allowMore()).toBe(true);
    budget.record(0.5);
    expect(await budget.allowMore()).toBe(false);
    expect(budget.stopped).toBe(true);
    expect(budget.spentUsd).toBeCloseTo(1.1);
  });

  it('asks once for concurrent callers and raises the cap on continue', async () => {
    let asked = 0;
    const budget = new Budget({
      maxUsd: 2,
      onBudgetExceeded: async () => {
        asked++;
        await new Promise((resolve) => setTimeout(resolve, 10));
        return 'continue';
      },
    });
    budget.record(2.5);
    const answers = await Promise.all([budget.allowMore(), budget.allowMore(), budget.allowMore()]);
    expect(answers).toEqual([true, true, true]);
    expect(asked).toBe(1);
    expect(budget.capUsd).toBe(4);
    budget.record(2);
    expect(await budget.allowMore()).toBe(true);
    expect(asked).toBe(2);
  });

  it('stays stopped after the user says stop', async () => {
    const budget = new Budget({ maxUsd: 1, spentUsd: 1, onBudgetExceeded: async () => 'stop' });
    expect(await budget.allowMore()).toBe(false);
    expect(await budget.allowMore()).toBe(false);
  });
});
