// Mistral fine-tuning (La Plateforme, now under "deprecated"). Source: provider-formats.md §4
// (docs [M1], mistral-finetune [M2], FAQ [M3], validator constants [M4], mistral-common [M5]).
import type { TargetModel } from '../types.js';

const MB = 1_000_000;

const common = {
  provider: 'mistral',
  status: 'deprecated',
  statusDate: '2026-03-02',
  statusNote:
    'Mistral moved its fine-tuning docs under "deprecated" on 2026-03-02: "This feature is deprecated and is no longer actively supported".',
  format: 'openai-chat',
  // The hosted API documents no per-example limit; an API job output shows seq_len=32768 and
  // samples are packed to seq_len, so longer examples are cut rather than rejected (unverified).
  maxTokensPerExample: 32_768,
  overLimit: 'truncate',
  minExamples: 1,
  recommendedMinExamples: 10,
  maxFileBytes: 512 * MB,
  maxValidationFileBytes: 1 * MB,
  source:
    'Mistral docs [M1][M3]: training files up to 512 MB each, validation data up to 1 MB; no documented example minimum or token limit (32,768 from an API job log, unverified); 10 lines is the mistral-finetune validator minimum [M4].',
} as const satisfies Partial<TargetModel>;

// SentencePiece models: mistral-tokenizer-js counts their text exactly (v1 vocabulary; v3 adds only
// control tokens). Tekken models (Nemo, Small 2409) have no npm tokenizer: estimates.
const sentencePiece = { tokenizer: 'mistral-v1', framing: 'mistral-v3', exactTokens: false } as const;
const tekken = { tokenizer: 'estimate', framing: 'estimate', estimateMargin: 1.1, exactTokens: false } as const;

export const MISTRAL_MODELS: TargetModel[] = [
  { ...common, ...sentencePiece, id: 'open-mistral-7b', displayName: 'Mistral 7B', aliases: ['mistral-7b', 'mistral-tiny-2407'] },
  {
    ...common,
    ...sentencePiece,
    id: 'mistral-large-latest',
    displayName: 'Mistral Large',
    aliases: ['mistral-large', 'mistral-large-2407'],
  },
  { ...common, ...tekken, id: 'open-mistral-nemo', displayName: 'Mistral NeMo', aliases: ['open-mistral-nemo-2407', 'mistral-nemo'] },
  {
    ...common,
    ...tekken,
    id: 'mistral-small-latest',
    displayName: 'Mistral Small',
    aliases: ['mistral-small', 'mistral-small-2409'],
  },
  {
    ...common,
    id: 'open-mixtral-8x7b',
    displayName: 'Mixtral 8x7B (self-hosted)',
    aliases: ['mixtral-8x7b', 'mixtral-8x7b-instruct-v0.1'],
    statusNote:
      'Not an API fine-tuning option in any Mistral model list: tune it yourself with mistral-finetune (which first extends the vocabulary to v3). Mistral fine-tuning docs are deprecated since 2026-03-02.',
    tokenizer: 'mistral-v1',
    framing: 'mistral-v1',
    exactTokens: true,
    source:
      'mistral-finetune [M2] (seq_len 32,768 in its example config; validator minimum 10 lines [M4]). v1 tokenizer: counts are exact for the v1 [INST] format and an upper bound after the v3 vocabulary extension.',
  },
];
