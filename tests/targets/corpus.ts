// Varied text for tokenizer tests: prose, CSV, code, CJK + emoji, and edge cases, cut into chunks.
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../helpers/corpus.js';

const HERE = path.resolve(process.cwd(), 'tests/targets/fixtures');

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const read = (file: string, limit = 60_000) => fs.readFileSync(file, 'utf8').slice(0, limit);

export const EDGE_CASES = [
  '\uFEFF',
  'a\uFEFFb \uFEFF\uFEFF c',
  'x \u0085 y\u0085\n',
  "it'ſ IT'S we'LL you'Re",
  '<|endoftext|> <|im_start|>user<|im_end|> <|fim_prefix|><|endofprompt|>',
  '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n<|eot_id|><|python_tag|>',
  '   \n\n  indented\r\n\r\n\ttabs\t\there   ',
  '1234567890 3.14159 1,000,000 0x1F',
  'café naïve résumé e\u0301 Ａｂｃ',
  '👩‍💻👨‍👩‍👧‍👦🏳️‍🌈🇯🇵 😀😀😀',
  'שלום עולם مرحبا بالعالم Привет мир',
  'a'.repeat(3000),
  '',
];

export function corpusChunks(): Record<string, string[]> {
  return {
    prose: [
      ...fs.readdirSync(path.join(CORPUS, 'text')).flatMap((f) => chunks(read(path.join(CORPUS, 'text', f)), 4000)),
      ...chunks(read(path.join(CORPUS, 'jsonl/gsm8k_test.jsonl'), 40_000), 4000),
      ...chunks(read(path.join(CORPUS, 'csv/TruthfulQA.csv'), 40_000), 4000),
    ],
    code: [
      ...chunks(read(path.resolve('node_modules/typescript/lib/lib.es5.d.ts'), 80_000), 4000),
      ...chunks(read(path.resolve('src/core/targets/tokenizers/bpe.ts')), 4000),
    ],
    cjk: [...chunks(read(path.join(HERE, 'cjk-emoji.txt')), 500), ...chunks(read(path.join(HERE, 'cjk-emoji.txt')), 37)],
    edge: EDGE_CASES,
  };
}

export const allChunks = (): string[] => Object.values(corpusChunks()).flat();
