// Gemini supervised tuning on Vertex AI. Source: provider-formats.md §3 (limits [G1], data format [G2]).
import type { TargetModel } from '../types.js';

const GB = 1_000_000_000;

const common = {
  provider: 'google',
  status: 'active',
  format: 'vertex-gemini',
  maxTokensPerExample: 131_072,
  overLimit: 'reject',
  minExamples: 1,
  recommendedMinExamples: 100,
  // Current docs allow 10M text examples; an older copy said 1M. We keep the stricter figure.
  maxExamples: 1_000_000,
  maxValidationExamples: 5_000,
  maxFileBytes: 1 * GB,
  tokenizer: 'estimate',
  framing: 'estimate',
  estimateMargin: 1.1,
  exactTokens: false,
  source:
    'Vertex AI supervised tuning [G1][G2]: 131,072 input+output tokens per example, training JSONL up to 1 GB, up to 5,000 validation examples, no stated minimum (100 recommended). Gemini uses the Gemma 3 vocabulary, not bundled here: counts are estimates.',
} as const satisfies Partial<TargetModel>;

export const GOOGLE_MODELS: TargetModel[] = [
  { ...common, id: 'gemini-2.5-pro', displayName: 'Gemini 2.5 Pro (Vertex AI)', aliases: [] },
  { ...common, id: 'gemini-2.5-flash', displayName: 'Gemini 2.5 Flash (Vertex AI)', aliases: [] },
  { ...common, id: 'gemini-2.5-flash-lite', displayName: 'Gemini 2.5 Flash-Lite (Vertex AI)', aliases: [] },
  {
    ...common,
    id: 'gemini-2.0-flash-001',
    displayName: 'Gemini 2.0 Flash (Vertex AI)',
    aliases: ['gemini-2.0-flash'],
    status: 'legacy',
    statusNote: 'Still has a limits table in the 2026 Vertex docs but is no longer in the list of tunable models [G1].',
  },
];
