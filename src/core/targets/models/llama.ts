// Meta Llama 3.1 on the hosts the spec lists. Source: provider-formats.md §5 (Bedrock [B1][B3],
// Together [L1][L2][L3], Fireworks [F1], Hugging Face TRL [H1], context and chat format [L4]).
// Our ids are llama-3.1-<size>-<host>; the short llama-3.1-<size> means Together (all three sizes,
// the same messages format as OpenAI). The host's own id is an alias.
import type { TargetModel } from '../types.js';

const GIB = 2 ** 30;
type Size = '8b' | '70b' | '405b';
const SIZE_LABEL: Record<Size, string> = { '8b': '8B', '70b': '70B', '405b': '405B' };

const llama = { provider: 'llama', status: 'active', tokenizer: 'llama3', exactTokens: true } as const;

function bedrock(size: '8b' | '70b'): TargetModel {
  const hostModelId = `meta.llama3-1-${size}-instruct-v1:0`;
  return {
    ...llama,
    id: `llama-3.1-${size}-bedrock`,
    displayName: `Llama 3.1 ${SIZE_LABEL[size]} Instruct (Amazon Bedrock)`,
    aliases: [hostModelId, hostModelId.replace(/:0$/, '')],
    host: 'bedrock',
    hostModelId,
    format: 'bedrock-prompt-completion',
    maxTokensPerExample: 16_000,
    overLimit: 'reject',
    minExamples: 100,
    minExamplesIncludeValidation: true,
    maxTotalExamples: 10_000,
    maxValidationExamples: 1_000,
    defaultEpochs: 5,
    epochPolicy: 'fixed',
    framing: 'llama3',
    source:
      'Bedrock user guide [B1]: prompt/completion records, input + output at most 16,000 tokens, 100 to 10,000 training + validation records; validation file at most 1,000 rows (AWS sample validator [B3]); default epochCount 5.',
  };
}

function together(size: Size): TargetModel {
  const hostModelId = `meta-llama/Meta-Llama-3.1-${SIZE_LABEL[size]}-Instruct-Reference`;
  return {
    ...llama,
    id: `llama-3.1-${size}-together`,
    displayName: `Llama 3.1 ${SIZE_LABEL[size]} Instruct (Together AI)`,
    aliases: [`llama-3.1-${size}`, hostModelId],
    host: 'together',
    hostModelId,
    ...(size === '405b' ? { statusNote: 'Together fine-tunes Llama 3.1 405B on request only ("please contact us").' } : {}),
    format: 'openai-chat',
    maxTokensPerExample: 131_072,
    overLimit: 'truncate',
    minExamples: 1,
    maxFileBytes: Math.floor(50.1 * GIB),
    framing: 'llama3-hf',
    source:
      'Together docs [L1][L2] and SDK [L3]: conversational messages, at least 1 sample, SDK file limit 50.1 GB (docs: 100 GB); contexts of 32K-131K need LoRA, per-row limit unverified (131,072 = model context [L4]).',
  };
}

function fireworks(size: Size): TargetModel {
  const hostModelId = `accounts/fireworks/models/llama-v3p1-${size}-instruct`;
  return {
    ...llama,
    id: `llama-3.1-${size}-fireworks`,
    displayName: `Llama 3.1 ${SIZE_LABEL[size]} Instruct (Fireworks AI)`,
    aliases: [hostModelId, `llama-v3p1-${size}-instruct`],
    host: 'fireworks',
    hostModelId,
    format: 'openai-chat',
    maxTokensPerExample: 131_072,
    overLimit: 'truncate',
    minExamples: 3,
    maxExamples: 3_000_000,
    framing: 'llama3-hf',
    source:
      'Fireworks docs [F1]: OpenAI-compatible messages, 3 to 3,000,000 examples, system only as the first message; model ids and per-model context unverified (131,072 = model context [L4]).',
  };
}

function huggingFace(size: Size): TargetModel {
  const hostModelId = `meta-llama/Llama-3.1-${SIZE_LABEL[size]}-Instruct`;
  return {
    ...llama,
    id: `llama-3.1-${size}-hf`,
    displayName: `Llama 3.1 ${SIZE_LABEL[size]} Instruct (Hugging Face TRL)`,
    aliases: [hostModelId],
    host: 'huggingface',
    hostModelId,
    statusNote:
      'Self-hosted with TRL SFTTrainer: it truncates at max_length, 1,024 tokens by default; set max_length to fit your longest example.',
    format: 'openai-chat',
    maxTokensPerExample: 131_072,
    overLimit: 'truncate',
    minExamples: 1,
    framing: 'llama3-hf',
    source: 'TRL SFTTrainer [H1]: messages format with the model chat template; model context 131,072 [L4].',
  };
}

export const LLAMA_MODELS: TargetModel[] = [
  ...(['8b', '70b', '405b'] as const).map(together),
  bedrock('8b'),
  bedrock('70b'),
  ...(['8b', '70b', '405b'] as const).map(fireworks),
  ...(['8b', '70b', '405b'] as const).map(huggingFace),
];
