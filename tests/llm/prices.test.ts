import { describe, expect, it } from 'vitest';
import { estimateGenerationCost } from '../../src/core/llm/estimate.js';
import { costOf, priceFor } from '../../src/core/llm/prices.js';

describe('priceFor', () => {
  it('matches dated and prefixed model names to their longest listed prefix', () => {
    expect(priceFor('openai', 'gpt-4o-mini-2024-07-18')).toEqual({ inputPerMTok: 0.15, outputPerMTok: 0.6, known: true });
    expect(priceFor('openai', 'gpt-4o-2024-08-06').inputPerMTok).toBe(2.5);
    expect(priceFor('anthropic', 'claude-opus-4-5-20251101').inputPerMTok).toBe(5);
    expect(priceFor('anthropic', 'claude-opus-4-1-20250805').inputPerMTok).toBe(15);
    expect(priceFor('google', 'models/gemini-2.5-flash-lite').outputPerMTok).toBe(0.4);
    expect(priceFor('llama', 'meta-llama/Llama-3.3-70B-Instruct-Turbo').known).toBe(true);
  });

  it('prices local servers at 0 as known, and unknown models at 0 flagged', () => {
    expect(priceFor('ollama', 'llama3.2')).toEqual({ inputPerMTok: 0, outputPerMTok: 0, known: true });
    expect(priceFor('openai', 'my-finetune')).toEqual({ inputPerMTok: 0, outputPerMTok: 0, known: false });
  });

  it('costs usage per million tokens', () => {
    expect(costOf({ inputTokens: 2_000_000, outputTokens: 500_000 }, priceFor('openai', 'gpt-4o-mini'))).toBeCloseTo(0.6);
  });
});

describe('estimateGenerationCost', () => {
  it('counts one call per batch, cycling the chunks, and prices the tokens', () => {
    const estimate = estimateGenerationCost({
      provider: 'openai',
      model: 'gpt-4o-mini',
      chunkTokens: [1000, 500],
      samples: 25,
      samplesPerCall: 5,
      turns: 1,
      promptTokens: 300,
    });
    expect(estimate.calls).toBe(5);
    expect(estimate.inputTokens).toBe(5 * 300 + 1000 + 500 + 1000 + 500 + 1000);
    expect(estimate.outputTokens).toBe(5 * 5 * (200 + 25));
    expect(estimate.usd).toBeCloseTo((estimate.inputTokens * 0.15 + estimate.outputTokens * 0.6) / 1e6, 10);
    expect(estimate.priceKnown).toBe(true);
  });

  it('adds the judge calls and is zero with nothing to do', () => {
    const base = { provider: 'openai' as const, model: 'gpt-4o-mini', chunkTokens: [800], samples: 10, samplesPerCall: 5, turns: 2, promptTokens: 200 };
    expect(estimateGenerationCost({ ...base, judge: true }).usd).toBeGreaterThan(estimateGenerationCost(base).usd);
    expect(estimateGenerationCost({ ...base, samples: 0 }).calls).toBe(0);
  });
});

describe('the models the menu lists', () => {
  it('lists each provider cheapest first, with ids that price back to the same entry', async () => {
    const { pricedModels, priceFor } = await import('../../src/core/llm/prices.js');
    for (const provider of ['openai', 'anthropic', 'google', 'mistral', 'llama'] as const) {
      const models = pricedModels(provider);
      expect(models.length).toBeGreaterThan(3);
      const totals = models.map((m) => m.price.inputPerMTok + m.price.outputPerMTok);
      expect(totals).toEqual([...totals].sort((a, b) => a - b));
      for (const { model, price } of models) expect([model, priceFor(provider, model)]).toEqual([model, price]);
    }
    expect(pricedModels('anthropic').map((m) => m.model)).toContain('claude-3-5-haiku-latest');
    expect(pricedModels('ollama')).toEqual([]);
  });
});
