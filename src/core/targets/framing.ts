// Chat-template overhead per framing: what the provider's template adds around each message.
import type { CountedMessage, ExampleText } from './example-text.js';
import type { TextCounter } from './tokenizers/text-counter.js';
import type { FramingId } from './types.js';

type Framed = (messages: CountedMessage[], count: TextCounter) => number;

/** Hugging Face's Llama 3.1 template always opens with this system block (date fallback "26 Jul 2024"). */
export const LLAMA31_HF_PREAMBLE = 'Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n';

export function countFramed(framing: FramingId, example: ExampleText, count: TextCounter): number {
  const extra = example.structured.reduce((sum, text) => sum + count(text), 0);
  return FRAMINGS[framing](example.messages, count) + extra;
}

// Python's str.strip() (Meta's chat_format.py, Jinja's trim): it strips U+001C-U+001F and U+0085
// but not U+FEFF, unlike JavaScript's trim(), so counts stay exact at the edges.
// A loop, not /\s+$/: that regex is quadratic on a long whitespace run in the middle of a text.
const isPythonSpace = (c: number) =>
  (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c === 0x85 || c === 0xa0 || c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
function pythonStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPythonSpace(text.charCodeAt(start))) start++;
  while (end > start && isPythonSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const sum = (messages: CountedMessage[], each: (m: CountedMessage, i: number) => number) =>
  messages.reduce((total, m, i) => total + each(m, i), 0);

// Meta chat format: <|begin_of_text|>, then per message <|start_header_id|> role <|end_header_id|> \n\n
// content <|eot_id|>, content trimmed (llama-models chat_format.py).
const llama3: Framed = (messages, count) => 1 + sum(messages, (m) => 5 + count(pythonStrip(m.text)));

const FRAMINGS: Record<FramingId, Framed> = {
  // OpenAI cookbook num_tokens_from_messages: 3 per message, every string value, +1 per name, +3.
  openai: (messages, count) => 3 + sum(messages, (m) => 3 + count(m.role) + count(m.text) + (m.name === undefined ? 0 : count(m.name) + 1)),
  llama3,
  // The template trims message contents but not its own preamble, so the system block is counted whole.
  'llama3-hf': (messages, count) => {
    const hasSystem = messages[0]?.role === 'system';
    const system = LLAMA31_HF_PREAMBLE + (hasSystem ? pythonStrip(messages[0].text) : '');
    return llama3(hasSystem ? messages.slice(1) : messages, count) + 5 + count(system);
  },
  'mistral-v1': (messages, count) => mistral(messages, count, 'first', (text) => count(`[INST] ${text} [/INST]`)),
  'mistral-v3': (messages, count) => mistral(messages, count, 'last', (text) => 2 + count(text)),
  // Gemma 3: <bos>, then <start_of_turn>role\n content <end_of_turn>\n; the system text opens the first user turn.
  gemma: (messages, count) => {
    const system = messages.filter((m) => m.role === 'system').map((m) => pythonStrip(m.text));
    const turns = messages.filter((m) => m.role !== 'system');
    const firstUser = turns.findIndex((m) => m.role === 'user');
    return 1 + sum(turns, (m, i) => 5 + count(i === firstUser && system.length ? `${system.join('\n\n')}\n\n${pythonStrip(m.text)}` : pythonStrip(m.text)));
  },
  // ChatML (Qwen): <|im_start|>role\n content <|im_end|>\n; + 6 for the empty <think></think> block Qwen 3 adds.
  chatml: (messages, count) => 6 + sum(messages, (m) => 5 + count(m.text)),
  // Prompt/completion and text lines are tokenized as they are, between BOS and EOS.
  plain: (messages, count) => 2 + sum(messages, (m) => count(m.text)),
  estimate: (messages, count) => 1 + sum(messages, (m) => 5 + count(m.text)),
};

/**
 * mistral-common instruct tokenizers: <s>, user turns wrapped in [INST] ... [/INST] (text in v1,
 * control tokens from v3), assistant turns followed by </s>. The system prompt is joined to the
 * first (v1) or last (v3) user message with a blank line.
 */
function mistral(messages: CountedMessage[], count: TextCounter, systemGoesTo: 'first' | 'last', user: (text: string) => number): number {
  const system = messages
    .filter((m) => m.role === 'system')
    .map((m) => m.text)
    .join('\n\n');
  const users = messages.flatMap((m, i) => (m.role === 'user' ? [i] : []));
  const systemIndex = systemGoesTo === 'first' ? users[0] : users[users.length - 1];
  let total = 1 + (system && systemIndex === undefined ? count(system) : 0);
  messages.forEach((m, i) => {
    if (m.role === 'user') total += user(system && i === systemIndex ? `${system}\n\n${m.text}` : m.text);
    else if (m.role === 'assistant') total += count(m.text) + 1;
    else if (m.role !== 'system') total += count(m.text) + 2;
  });
  return total;
}
