// A responder behaving like a weak local model behind a grammar-constrained OpenAI-compatible server
// (llama.cpp, Ollama): what the schema allows it does, whatever the prompt says. Each generation
// request gets the next behaviour of the list (cycled); judge requests get `judge`.
//   prose-fence  "Here is the JSON: ```json {...}``` Hope this helps" (valid JSON inside)
//   prose-json   a sentence, then the bare object, then another sentence
//   empty        {"conversations": []} unless the schema's minItems forbids it
//   runaway      never stops: cut at the request's max_tokens with finish_reason length
//                (no max_tokens: it fills the context, i.e. hangs until the client gives up)
//   off-topic    fluent-looking nonsense unrelated to the excerpt ("Bealk, quealess.")
//   grounded     valid conversations quoting the excerpt
import type { RecordedRequest, Responder, Step } from './scripted-server.js';
import { askedFor, freshConversation } from './writer.js';

export type WeakBehaviour = 'prose-fence' | 'prose-json' | 'empty' | 'runaway' | 'off-topic' | 'grounded';
/** failing: the judge server errors (500); out-of-range: scores of -5111 unless the schema has a minimum. */
export type WeakJudge = 'failing' | 'out-of-range' | 'fair';

const SYLLABLES = ['bea', 'lk', 'qua', 'les', 'tor', 'vim', 'dra', 'nop', 'sel', 'kru', 'fen', 'ow'];

function nonsense(seed: number, words: number): string {
  return Array.from({ length: words }, (_, i) => {
    const a = SYLLABLES[(seed * 7 + i * 3) % SYLLABLES.length];
    const b = SYLLABLES[(seed * 5 + i * 11 + 1) % SYLLABLES.length];
    return `${a}${b}${(seed + i) % 2 ? 'ess' : ''}`;
  }).join(' ');
}

let seed = 0;

function offTopic(count: number) {
  return Array.from({ length: count }, () => {
    seed++;
    return { turns: [{ user: `Can you try it ${nonsense(seed, 2)}?`, assistant: `${nonsense(seed + 50, 6)}.` }], keywords: [nonsense(seed, 1)] };
  });
}

function schemaMinItems(schema: unknown): number | undefined {
  const conversations = (schema as { properties?: { conversations?: { minItems?: number } } } | undefined)?.properties?.conversations;
  return conversations?.minItems;
}

function judgeStep(request: RecordedRequest, judge: WeakJudge): Step {
  if (judge === 'failing') return { status: 500, message: 'judge model crashed' };
  const count = (request.user.match(/^\[\d+\]$/gm) ?? []).length;
  const verdict = (schema: unknown) => {
    const score = (schema as { properties?: { scores?: { items?: { properties?: { score?: { minimum?: number } } } } } })?.properties?.scores?.items?.properties?.score;
    return judge === 'out-of-range' && score?.minimum === undefined ? -5111 : 8;
  };
  return { answer: { scores: Array.from({ length: count }, (_, index) => ({ index, score: verdict(request.schema), reason: 'ok' })) } };
}

export function weakModel(behaviours: WeakBehaviour[], options: { judge?: WeakJudge } = {}): Responder {
  let generation = 0;
  return (request) => {
    if (request.user.includes('Score each of the')) return judgeStep(request, options.judge ?? 'fair');
    const behaviour = behaviours[generation++ % behaviours.length];
    const asked = askedFor(request);
    const valid = { conversations: Array.from({ length: asked.count }, () => freshConversation(1, asked.excerpt)) };
    switch (behaviour) {
      case 'prose-fence':
        return { text: `Here is the JSON you asked for:\n\n\`\`\`json\n${JSON.stringify(valid, null, 2)}\n\`\`\`\n\nI hope this helps!` };
      case 'prose-json':
        return { text: `Sure! ${JSON.stringify(valid)} Let me know if you need more.` };
      case 'empty':
        return (schemaMinItems(request.schema) ?? 0) > 0 ? { answer: valid } : { answer: { conversations: [] } };
      case 'runaway':
        if (request.maxTokens === undefined) return { hang: true };
        return { text: `{"conversations": [{"turns": [{"user": "What is it?", "assistant": "${'and then '.repeat(request.maxTokens / 2)}`, truncated: true, usage: { input: 500, output: request.maxTokens } };
      case 'off-topic':
        return { answer: { conversations: offTopic(asked.count) } };
      default:
        return { answer: valid };
    }
  };
}
