// A scripted agent for generation tests: reads what the request asks (the excerpt's source, how many
// conversations) and answers with that many distinct conversations, or whatever a test overrides.
import type { RecordedRequest, Step } from './scripted-server.js';

const VOCABULARY = (
  'amber basin cedar delta ember fjord garnet harbor indigo juniper kelp lagoon meadow nectar orchid prairie quartz ' +
  'river saffron tundra umber valley willow xylem yarrow zephyr anchor beacon canyon dune estuary falcon glacier ' +
  'heron island jasper kestrel lantern marble nimbus osprey pebble quill raven summit thistle upland vortex walnut'
).split(' ');

/** Deterministic, mutually dissimilar word sequences (so they are never near-duplicates). */
export function distinctPhrase(seed: number, words = 14): string {
  let state = (seed * 2654435761 + 12345) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out.push(VOCABULARY[(state >>> 8) % VOCABULARY.length]);
  }
  return out.join(' ');
}

/** The text of the test chunks (tests/agents/helpers.ts), which answers are grounded in by default. */
export const WARRANTY_TEXT =
  'The warranty covers repairs for two years from the date of purchase, and the store will replace the device when it cannot be repaired. Keep the receipt with the device.';

export interface AskedFor {
  count: number;
  /** The document excerpt sent (empty when there is none). */
  excerpt: string;
  /** "file, location" from the Source line, or the file alone. */
  source: string;
  file: string;
}

export function askedFor(request: RecordedRequest): AskedFor {
  const count = Number(/Write (\d+) conversation/.exec(request.user)?.[1] ?? 1);
  const source = /^Source: (.*)$/m.exec(request.user)?.[1] ?? '';
  const excerpt = /<excerpt>\n([\s\S]*?)\n<\/excerpt>/.exec(request.user)?.[1] ?? '';
  return { count, excerpt, source, file: source.split(', ')[0] };
}

export interface Pair {
  user: string;
  assistant: string;
}

let counter = 0;

/** Answers quote the excerpt's first words, as a model grounded in its source does, plus distinct words. */
export function freshConversation(turns = 1, excerpt = WARRANTY_TEXT): { turns: Pair[]; keywords: string[] } {
  const quoted = excerpt.split(/\s+/).filter(Boolean).slice(0, 16).join(' ');
  const pairs = Array.from({ length: turns }, () => {
    counter++;
    const answer = `${distinctPhrase(counter + 100_000, 8)}.`;
    return { user: `What about ${distinctPhrase(counter, 4)}?`, assistant: quoted ? `${quoted} ${answer}` : answer };
  });
  return { turns: pairs, keywords: ['Topic', ' topic ', 'Other'] };
}

/** A responder answering every generation request with `count` fresh conversations. */
export function writer(options: { turns?: number; delayMs?: number; usage?: { input: number; output: number } } = {}) {
  return (request: RecordedRequest): Step => ({
    answer: { conversations: Array.from({ length: askedFor(request).count }, () => freshConversation(options.turns, askedFor(request).excerpt)) },
    delayMs: options.delayMs,
    usage: options.usage,
  });
}
