// Which samples the review screen lists: one search line of free words and `name:value` filters,
// parsed and applied here (pure, no database) so the screen only renders the result.
//   words            every word starts a word of the turns or system message (any case): rust is not trust
//   source:faq       the source file name contains "faq"
//   kw:refund        a keyword contains "refund" (also keyword:)
//   split:train      train, validation, excluded or unsplit (manual moves count)
//   origin:generated identified or generated
//   tokens:>200  tokens:<100  tokens:100-300
//   is:edited        only samples edited by hand
import type { SampleOrigin, Split } from '../types.js';
import { effectiveSplit, type StoredSample } from '../store/samples.js';

export type SampleSort = 'order' | 'tokens-desc' | 'tokens-asc';
const SORTS: SampleSort[] = ['order', 'tokens-desc', 'tokens-asc'];
export const SORT_LABEL: Record<SampleSort, string> = { order: 'stored order', 'tokens-desc': 'most tokens first', 'tokens-asc': 'fewest tokens first' };

export function nextSort(sort: SampleSort): SampleSort {
  return SORTS[(SORTS.indexOf(sort) + 1) % SORTS.length];
}

const SPLITS = ['train', 'validation', 'excluded', 'unsplit'] as const;
const ORIGINS: SampleOrigin[] = ['identified', 'generated'];

export interface SampleQuery {
  words: string[];
  source?: string;
  keyword?: string;
  split?: (typeof SPLITS)[number];
  origin?: SampleOrigin;
  minTokens?: number;
  maxTokens?: number;
  editedOnly: boolean;
  /** Filters that could not be read, as messages saying what is accepted. They filter nothing. */
  problems: string[];
}

export function parseSampleQuery(line: string): SampleQuery {
  const query: SampleQuery = { words: [], editedOnly: false, problems: [] };
  for (const part of line.trim().split(/\s+/).filter(Boolean)) {
    const match = /^([a-z]+):(.*)$/i.exec(part);
    if (!match) {
      query.words.push(part.toLowerCase());
      continue;
    }
    const [, name, raw] = match;
    const value = raw.toLowerCase();
    const problem = applyFilter(query, name.toLowerCase(), value);
    if (problem) query.problems.push(`${part}: ${problem}`);
  }
  return query;
}

function applyFilter(query: SampleQuery, name: string, value: string): string | undefined {
  if (value === '') return 'give a value after the colon';
  switch (name) {
    case 'source':
      query.source = value;
      return;
    case 'kw':
    case 'keyword':
      query.keyword = value;
      return;
    case 'split':
      if (!(SPLITS as readonly string[]).includes(value)) return `split is one of ${SPLITS.join(', ')}`;
      query.split = value as SampleQuery['split'];
      return;
    case 'origin':
      if (!(ORIGINS as string[]).includes(value)) return `origin is ${ORIGINS.join(' or ')}`;
      query.origin = value as SampleOrigin;
      return;
    case 'tokens':
      return applyTokens(query, value);
    case 'is':
      if (value !== 'edited') return 'the only is: filter is is:edited';
      query.editedOnly = true;
      return;
    default:
      return 'unknown filter; use source:, kw:, split:, origin:, tokens: or is:edited';
  }
}

function applyTokens(query: SampleQuery, value: string): string | undefined {
  const range = /^(\d+)-(\d+)$/.exec(value);
  const bound = /^([<>])(\d+)$/.exec(value);
  if (range && Number(range[1]) <= Number(range[2])) {
    query.minTokens = Number(range[1]);
    query.maxTokens = Number(range[2]);
  } else if (bound?.[1] === '>') query.minTokens = Number(bound[2]) + 1;
  else if (bound?.[1] === '<') query.maxTokens = Number(bound[2]) - 1;
  else return 'write tokens:>200, tokens:<100 or tokens:100-300';
  return undefined;
}

function sampleMatches(sample: StoredSample, query: SampleQuery): boolean {
  const split: Split | 'unsplit' = effectiveSplit(sample) ?? 'unsplit';
  if (query.split && split !== query.split) return false;
  if (query.origin && sample.origin !== query.origin) return false;
  if (query.editedOnly && !sample.edited) return false;
  if (query.source && !sample.source.file.toLowerCase().includes(query.source)) return false;
  if (query.keyword && !sample.keywords.some((k) => k.toLowerCase().includes(query.keyword!))) return false;
  // A sample not counted yet matches no token filter: its length is unknown, not zero.
  const tokens = sample.tokenLength;
  if (query.minTokens !== undefined && (tokens === undefined || tokens < query.minTokens)) return false;
  if (query.maxTokens !== undefined && (tokens === undefined || tokens > query.maxTokens)) return false;
  if (query.words.length === 0) return true;
  const text = [sample.conversation.system ?? '', ...sample.conversation.turns.map((t) => t.content)].join('\n').toLowerCase();
  return query.words.every((word) => startsAWord(text, word));
}

function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}_]/u.test(text[at - 1])) return true;
  }
  return false;
}

/** The samples matching `query`, in the chosen order (ties keep the stored order). */
export function filterSamples(samples: readonly StoredSample[], query: SampleQuery, sort: SampleSort = 'order'): StoredSample[] {
  const kept = samples.filter((s) => sampleMatches(s, query));
  if (sort === 'order') return kept;
  const sign = sort === 'tokens-desc' ? -1 : 1;
  // Unknown lengths go last in both directions.
  return kept.sort((a, b) => {
    if (a.tokenLength === undefined || b.tokenLength === undefined) return (a.tokenLength === undefined ? 1 : 0) - (b.tokenLength === undefined ? 1 : 0);
    return sign * (a.tokenLength - b.tokenLength) || a.seq - b.seq;
  });
}
