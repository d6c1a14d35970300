// OpenAI chat fine-tuning targets. Sources: docs/provider-formats.md, OpenAI (guide [O1],
// SFT guide [O2], pricing [O4], Azure model table [A1], tiktoken model map [T1]).
import type { TargetModel } from '../types.js';

const MB = 1_000_000;

const common = {
  provider: 'openai',
  status: 'legacy',
  statusDate: '2026-05-08',
  statusNote:
    'OpenAI closed self-serve fine-tuning to new users on 2026-05-08; existing users can still create training jobs "for the coming months" (pricing page and SFT guide, 2026 copies).',
  format: 'openai-chat',
  overLimit: 'truncate',
  minExamples: 10,
  recommendedMinExamples: 50,
  maxFileBytes: 512 * MB,
  defaultEpochs: 3,
  epochPolicy: 'openai-auto',
  framing: 'openai',
  exactTokens: true,
} as const satisfies Partial<TargetModel>;

export const OPENAI_MODELS: TargetModel[] = [
  {
    ...common,
    id: 'gpt-4o-2024-08-06',
    displayName: 'GPT-4o',
    aliases: ['gpt-4o'],
    maxTokensPerExample: 65_536,
    trainingPricePerMTok: 25,
    tokenizer: 'o200k_base',
    source:
      'OpenAI fine-tuning guide [O1]: 65,536 training tokens per example, at least 10 examples, files up to 512 MB; $25.00 per 1M training tokens [O4].',
  },
  {
    ...common,
    id: 'gpt-4o-mini-2024-07-18',
    displayName: 'GPT-4o mini',
    aliases: ['gpt-4o-mini'],
    maxTokensPerExample: 65_536,
    trainingPricePerMTok: 3,
    tokenizer: 'o200k_base',
    source: 'OpenAI fine-tuning guide [O1]: 65,536 training tokens per example; $3.00 per 1M training tokens [O4].',
  },
  {
    ...common,
    id: 'gpt-4.1-2025-04-14',
    displayName: 'GPT-4.1',
    aliases: ['gpt-4.1'],
    maxTokensPerExample: 65_536,
    trainingPricePerMTok: 25,
    tokenizer: 'o200k_base',
    source: 'Limit 65,536 from the Azure OpenAI model table [A1] (unverified for api.openai.com); $25.00 per 1M training tokens [O4].',
  },
  {
    ...common,
    id: 'gpt-4.1-mini-2025-04-14',
    displayName: 'GPT-4.1 mini',
    aliases: ['gpt-4.1-mini'],
    maxTokensPerExample: 65_536,
    trainingPricePerMTok: 5,
    tokenizer: 'o200k_base',
    source: 'Limit 65,536 from the Azure OpenAI model table [A1] (unverified for api.openai.com); $5.00 per 1M training tokens [O4].',
  },
  {
    ...common,
    id: 'gpt-4.1-nano-2025-04-14',
    displayName: 'GPT-4.1 nano',
    aliases: ['gpt-4.1-nano'],
    maxTokensPerExample: 32_768,
    trainingPricePerMTok: 1.5,
    tokenizer: 'o200k_base',
    source: 'Limit 32,768 from the Azure OpenAI model table [A1] (unverified for api.openai.com); $1.50 per 1M training tokens [O4].',
  },
  {
    ...common,
    id: 'gpt-3.5-turbo-0125',
    displayName: 'GPT-3.5 Turbo',
    aliases: ['gpt-3.5-turbo'],
    statusNote: `Legacy model on the pricing page. ${common.statusNote}`,
    maxTokensPerExample: 16_385,
    trainingPricePerMTok: 8,
    tokenizer: 'cl100k_base',
    source: 'OpenAI fine-tuning guide [O1]: 16,385 training tokens per example; $8.00 per 1M training tokens [O4]; cl100k_base [T1].',
  },
];
