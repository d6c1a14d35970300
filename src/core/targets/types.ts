// Fine-tuning targets: pure data and functions, no network.

export type TargetProvider = 'openai' | 'anthropic' | 'google' | 'mistral' | 'llama';
type ModelStatus = 'active' | 'legacy' | 'deprecated';

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
  /** ISO date of the status change or announced end date (e.g. Bedrock's model end date). */
  statusDate?: string;
  /** Llama hosts: the host's own model id (the canonical id above is ours, e.g. llama-3.1-8b-together). */
  hostModelId?: string;
  format: LineFormat;
  maxTokensPerExample: number;
  /** Over the limit: the provider truncates (warning) or rejects (error). */
  overLimit: 'truncate' | 'reject';
  minExamples: number;
  /** True when minExamples counts training and validation records together (Bedrock Llama). */
  minExamplesIncludeValidation?: boolean;
  /** Below this a warning says results will be weak (the provider's own recommendation). */
  recommendedMinExamples?: number;
  maxExamples?: number;
  /** Training + validation records together (Bedrock). */
  maxTotalExamples?: number;
  maxValidationExamples?: number;
  maxFileBytes?: number;
  maxValidationFileBytes?: number;
  trainingPricePerMTok?: number;
  defaultEpochs?: number;
  /** 'openai-auto': the epoch count OpenAI picks from the dataset size (cookbook rule). */
  epochPolicy?: 'fixed' | 'openai-auto';
  tokenizer: TokenizerId;
  /** How the chat template frames each message; decides the per-message overhead counted. */
  framing?: FramingId;
  /** For tokenizer 'estimate': ceil(max(utf8 bytes / 3, o200k count x margin)). */
  estimateMargin?: number;
  /** Whether token counts are exact (tokenizer and framing both known). */
  exactTokens?: boolean;
  source: string;
}

/**
 * openai: 3 per message + role + content (+1 per name) + 3 (OpenAI cookbook).
 * llama3: Meta's chat format, 1 + 5 per message. llama3-hf: plus the Hugging Face template's
 * default system block. mistral-v1 / mistral-v3: [INST] framing as text (v1) or control tokens (v3).
 * estimate: 1 + 5 per message (the size of a typical turn header), used with estimated text counts.
 */
export type FramingId = 'openai' | 'llama3' | 'llama3-hf' | 'mistral-v1' | 'mistral-v3' | 'estimate';

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
