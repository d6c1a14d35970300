// Fine-tuning targets: pure data and functions, no network.

export type TargetProvider = 'openai' | 'anthropic' | 'google' | 'mistral' | 'llama' | 'amazon' | 'open';
/** 'retired': past its training cut-off or shutdown; computed from the dates (see lifecycle.ts), never offered. */
export type ModelStatus = 'active' | 'legacy' | 'deprecated' | 'retired';

/** The JSONL line shape a target expects. */
export type LineFormat =
  | 'openai-chat' // {"messages":[...]} (OpenAI, Mistral, Together, Fireworks, HF)
  | 'bedrock-claude' // {"system"?, "messages":[...]}
  | 'vertex-gemini' // {"systemInstruction"?, "contents":[...]}
  | 'bedrock-prompt-completion' // {"prompt","completion"} (Bedrock Llama)
  | 'nova-conversation' // {"schemaVersion":"bedrock-conversation-2024","system":[{text}],"messages":[{role,content:[{text}]}]}
  | 'prompt-completion' // {"prompt","completion"} (Together, Fireworks, TRL)
  | 'text'; // {"text"} (Together, TRL)

type TokenizerId = 'o200k_base' | 'cl100k_base' | 'llama3' | 'mistral-v1' | 'gemma3' | 'estimate';

/** Calibrated per-script-class upper bounds for targets without a public vocabulary (tokenizers/bound.ts). */
export type EstimateProfile = 'general' | 'claude';

interface SourceRef {
  url: string;
  /** ISO date the page was read (or its own date). */
  date: string;
  note?: string;
}

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
  /** First day no new training job is accepted (ISO date); from then on the target is retired. */
  trainingEndsDate?: string;
  /** Day the provider shuts the base model down (ISO date); from then on the target is retired. */
  shutdownDate?: string;
  /** What the provider names as the replacement, and any tunable alternative. */
  successor?: string;
  /** Open-weight hosts: every line format the host documents; `format` is the default one. */
  formats?: LineFormat[];
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
  /** Largest file one plain upload takes (OpenAI Files API); bigger files need a multipart upload (warning). */
  maxSingleUploadBytes?: number;
  trainingPricePerMTok?: number;
  defaultEpochs?: number;
  /** 'openai-auto': the epoch count OpenAI picks from the dataset size (cookbook rule). */
  epochPolicy?: 'fixed' | 'openai-auto';
  tokenizer: TokenizerId;
  /** How the chat template frames each message; decides the per-message overhead counted. */
  framing?: FramingId;
  /** For tokenizer 'estimate': the margin over the o200k count on plain prose segments. */
  estimateMargin?: number;
  /** For tokenizer 'estimate': which calibrated per-script bounds apply (default 'general'). */
  estimateProfile?: EstimateProfile;
  /** Whether token counts are exact (tokenizer and framing both known). */
  exactTokens?: boolean;
  source: string;
  /** The pages the numbers come from, with the date each was read. */
  sources?: SourceRef[];
}

/**
 * openai: 3 per message + role + content (+1 per name) + 3 (OpenAI cookbook).
 * llama3: Meta's chat format, 1 + 5 per message. llama3-hf: plus the Hugging Face template's
 * default system block. mistral-v1 / mistral-v3: [INST] framing as text (v1) or control tokens (v3).
 * gemma: Gemma 3's <start_of_turn> template. chatml: Qwen's <|im_start|> template. plain: BOS + texts + EOS
 * (prompt/completion and text lines). estimate: 1 + 5 per message (the size of a typical turn header), used with estimated text counts.
 */
export type FramingId = 'openai' | 'llama3' | 'llama3-hf' | 'mistral-v1' | 'mistral-v3' | 'gemma' | 'chatml' | 'plain' | 'estimate';

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
