// Claude 3 Haiku fine-tuning on Amazon Bedrock. Source: provider-formats.md §2 (Bedrock user guide
// [B1], hyperparameters [B2], AWS sample validator [B3], Anthropic cookbook [B4]).
import type { TargetModel } from '../types.js';

const GB = 1_000_000_000;

export const ANTHROPIC_MODELS: TargetModel[] = [
  {
    provider: 'anthropic',
    id: 'anthropic.claude-3-haiku-20240307-v1:0',
    displayName: 'Claude 3 Haiku (Amazon Bedrock)',
    aliases: ['claude-3-haiku', 'claude-3-haiku-20240307', 'anthropic.claude-3-haiku-20240307-v1'],
    status: 'legacy',
    statusDate: '2026-09-10',
    statusNote: 'Legacy on Bedrock; model end date 2026-09-10 (AWS Bedrock model card).',
    format: 'bedrock-claude',
    maxTokensPerExample: 32_000,
    overLimit: 'reject',
    minExamples: 32,
    maxExamples: 10_000,
    maxTotalExamples: 10_000,
    maxValidationExamples: 1_000,
    maxFileBytes: 10 * GB,
    maxValidationFileBytes: 1 * GB,
    defaultEpochs: 2,
    epochPolicy: 'fixed',
    tokenizer: 'estimate',
    framing: 'estimate',
    estimateMargin: 1.4,
    exactTokens: false,
    source:
      'Bedrock user guide [B1]: 32,000 tokens per record, 32 to 10,000 training records, at most 1,000 validation records and 10,000 in total, training file up to 10 GB, validation file up to 1 GB; default epochCount 2 [B2]. No public tokenizer: counts are estimates.',
  },
];
