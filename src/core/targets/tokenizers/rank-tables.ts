// Loads the BPE rank tables. OpenAI's come from gpt-tokenizer's bundled data; Llama 3's from the
// vocabulary baked into llama3-tokenizer-js (byte-level BPE strings, where rank = token id).
import type { RankTable } from './bpe.js';

type RawRanks = readonly (string | readonly number[])[];

export async function loadOpenAiRanks(encoding: 'o200k_base' | 'cl100k_base'): Promise<RankTable> {
  const raw: RawRanks =
    encoding === 'o200k_base'
      ? (await import('gpt-tokenizer/bpeRanks/o200k_base')).default
      : (await import('gpt-tokenizer/bpeRanks/cl100k_base')).default;
  const table: RankTable = new Map();
  raw.forEach((token, rank) => {
    if (token === undefined) return;
    table.set(typeof token === 'string' ? Buffer.from(token, 'utf8').toString('latin1') : String.fromCharCode(...token), rank);
  });
  return table;
}

export async function loadLlama3Ranks(): Promise<RankTable> {
  const { default: llama3 } = await import('llama3-tokenizer-js');
  const byteOf = byteLevelDecoder();
  const table: RankTable = new Map();
  // Ids from 128000 on are special tokens; content never maps to them (we count them as text).
  for (let id = 0; id < 128_000; id++) {
    const piece = llama3.vocabById[id];
    let bytes = '';
    for (const ch of piece) bytes += String.fromCharCode(byteOf.get(ch)!);
    table.set(bytes, id);
  }
  return table;
}

/** GPT-2's bytes_to_unicode, inverted: printable bytes stand for themselves, the rest map to 256+n. */
function byteLevelDecoder(): Map<string, number> {
  const map = new Map<string, number>();
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
    map.set(String.fromCharCode(printable ? b : 256 + extra++), b);
  }
  return map;
}
