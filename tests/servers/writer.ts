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

export interface AskedFor {
  count: number;
  /** "file, location" from the Source line, or the file alone. */
  source: string;
  file: string;
}

export function askedFor(request: RecordedRequest): AskedFor {
  const count = Number(/Write (\d+) conversation/.exec(request.user)?.[1] ?? 1);
  const source = /^Source: (.*)$/m.exec(request.user)?.[1] ?? '';
  return { count, source, file: source.split(', ')[0] };
}

export interface Pair {
  user: string;
  assistant: string;
}

let counter = 0;

export function freshConversation(turns = 1): { turns: Pair[]; keywords: string[] } {
  const pairs = Array.from({ length: turns }, () => {
    counter++;
    return { user: `What about ${distinctPhrase(counter, 4)}?`, assistant: `${distinctPhrase(counter + 100_000)}.` };
  });
  return { turns: pairs, keywords: ['Topic', ' topic ', 'Other'] };
}

/** A responder answering every generation request with `count` fresh conversations. */
export function writer(options: { turns?: number; delayMs?: number; usage?: { input: number; output: number } } = {}) {
  return (request: RecordedRequest): Step => ({
    answer: { conversations: Array.from({ length: askedFor(request).count }, () => freshConversation(options.turns)) },
    delayMs: options.delayMs,
    usage: options.usage,
  });
}
