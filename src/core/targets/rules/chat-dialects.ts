// What each host accepts in the OpenAI-style {"messages": [...]} format.
// Sources: provider-formats.md §1.8 (OpenAI), §4.5 (Mistral), §5.2 (Together), §5.3 (Fireworks), §5.4 (TRL).
import type { Severity, TargetModel } from '../types.js';

export interface ChatDialect {
  host: string;
  roles: readonly string[];
  /** Keys allowed on a message besides role and content, by role ('*' = every role). */
  messageKeys: Record<string, readonly string[]>;
  unknownMessageKey: Severity;
  topLevelKeys: readonly string[];
  unknownTopLevelKey: Severity;
  /** Roles whose content may be an array of parts (OpenAI images in user messages). */
  partsRoles: readonly string[];
  weightRoles: readonly string[];
  tools: 'openai' | 'mistral' | 'none';
  order: 'none' | 'mistral' | 'together' | 'system-first';
  lastNotAssistant: Severity;
  /** The OpenAI cookbook's warnings about examples without a system or user message. */
  cookbookWarnings: boolean;
}

const OPENAI: ChatDialect = {
  host: 'OpenAI',
  roles: ['system', 'user', 'assistant', 'tool', 'function'],
  messageKeys: { '*': ['name'], assistant: ['weight', 'tool_calls', 'function_call', 'refusal'], tool: ['tool_call_id'] },
  unknownMessageKey: 'error',
  topLevelKeys: ['messages', 'tools', 'parallel_tool_calls', 'functions'],
  unknownTopLevelKey: 'warning',
  // Chat Completions accepts text-part arrays on every role (images only from the user).
  partsRoles: ['system', 'user', 'assistant', 'tool'],
  weightRoles: ['assistant'],
  tools: 'openai',
  order: 'none',
  lastNotAssistant: 'warning',
  cookbookWarnings: true,
};

const MISTRAL: ChatDialect = {
  host: 'Mistral',
  roles: ['system', 'user', 'assistant', 'tool'],
  messageKeys: { assistant: ['weight', 'tool_calls'], tool: ['tool_call_id', 'name'] },
  unknownMessageKey: 'error',
  topLevelKeys: ['messages', 'tools'],
  unknownTopLevelKey: 'warning',
  partsRoles: [],
  weightRoles: ['assistant'],
  tools: 'mistral',
  order: 'mistral',
  lastNotAssistant: 'error',
  cookbookWarnings: false,
};

const TOGETHER: ChatDialect = {
  host: 'Together AI',
  roles: ['system', 'user', 'assistant'],
  messageKeys: { '*': ['weight'] },
  unknownMessageKey: 'error',
  topLevelKeys: ['messages'],
  // A second format's keys (text, prompt/completion) in the same file make the server reject it.
  unknownTopLevelKey: 'error',
  partsRoles: ['user'],
  weightRoles: ['system', 'user', 'assistant'],
  tools: 'none',
  order: 'together',
  lastNotAssistant: 'warning',
  cookbookWarnings: false,
};

const FIREWORKS: ChatDialect = {
  ...TOGETHER,
  host: 'Fireworks AI',
  unknownTopLevelKey: 'warning',
  partsRoles: [],
  order: 'system-first',
};

const HUGGING_FACE: ChatDialect = {
  host: 'Hugging Face TRL',
  roles: ['system', 'user', 'assistant', 'tool'],
  messageKeys: { '*': ['name'], assistant: ['tool_calls'], tool: ['tool_call_id'] },
  unknownMessageKey: 'warning',
  topLevelKeys: ['messages', 'tools'],
  unknownTopLevelKey: 'warning',
  partsRoles: [],
  weightRoles: [],
  tools: 'none',
  order: 'none',
  lastNotAssistant: 'warning',
  cookbookWarnings: false,
};

export function chatDialectFor(target: TargetModel): ChatDialect {
  if (target.provider === 'mistral') return MISTRAL;
  if (target.host === 'together') return TOGETHER;
  if (target.host === 'fireworks') return FIREWORKS;
  if (target.host === 'huggingface') return HUGGING_FACE;
  return OPENAI;
}
