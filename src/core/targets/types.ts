// Fine-tuning targets: pure data and functions, no network.
import type { Conversation } from '../types.js';

export type TargetProvider = 'openai' | 'anthropic' | 'google' | 'mistral' | 'llama';
export type ModelStatus = 'active' | 'legacy' | 'deprecated';

/** The JSONL line shape a target expects. */
export type LineFormat =
  | 'openai-chat' // {"messages":[...]} (OpenAI, Mistral, Together, Fireworks, HF)
  | 'bedrock-claude' // {"system"?, "messages":[...]}
  | 'vertex-gemini' // {"systemInstruction"?, "contents":[...]}
  | 'bedrock-prompt-completion'; // {"prompt","completion"}

export type TokenizerId = 'o200k_base' | 'cl100k_base' | 'llama3' | 'mistral-v1' | 'estimate';

export interface TargetModel {
  provider: TargetProvider;
  /** Canonical id, as the provider spells it. */
  id: string;
  displayName: string;
  /** Other accepted spellings (short aliases, dated ids, Bedrock ids). */
  aliases: string[];
  /** Host variant for Llama (bedrock, together, fireworks, huggingface); undefined elsewhere. */
  host?: string;
  status: ModelStatus;
  statusNote?: string;
  format: LineFormat;
  maxTokensPerExample: number;
  /** Over the limit: the provider truncates (warning) or rejects (error). */
  overLimit: 'truncate' | 'reject';
  minExamples: number;
  maxExamples?: number;
  maxValidationExamples?: number;
  maxFileBytes?: number;
  trainingPricePerMTok?: number;
  defaultEpochs?: number;
  tokenizer: TokenizerId;
  source: string;
}

export type Severity = 'error' | 'warning';

export interface Finding {
  /** 1-based line number in the JSONL file; 0 for dataset-level findings. */
  line: number;
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
}

export interface TokenCount {
  tokens: number;
  exact: boolean;
}

/** Turns the internal conversation into one JSONL object for a target. */
export type Formatter = (conversation: Conversation) => Record<string, unknown>;
