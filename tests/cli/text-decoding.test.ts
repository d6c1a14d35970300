// A build reports every file it did not read as plain UTF-8, in --json, the stats file and the
// summary (the Shift_JIS and GBK FAQs of issue 10 were exported as mojibake without a word).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from './cli-helpers.js';

const encodingFixture = (name: string): string => path.resolve(import.meta.dirname, '../fixtures/encodings', name);

function workspaceWithEncodings(): string {
  const cwd = tempDir('ftdb-enc-');
  const input = path.join(cwd, 'input_files');
  fs.mkdirSync(input);
  fs.copyFileSync(encodingFixture('chardet_shiftjis.txt'), path.join(input, 'ja.txt'));
  fs.copyFileSync(encodingFixture('chardet_gb18030.txt'), path.join(input, 'zh.txt'));
  fs.copyFileSync(corpusFile('text/tika_russian.cp866.txt'), path.join(input, 'ru.txt'));
  fs.copyFileSync(corpusFile('text/zlib_FAQ.txt'), path.join(input, 'zlib_FAQ.txt'));
  return cwd;
}

const EXPECTED = [
  { file: 'ja.txt', encoding: 'Shift_JIS', detected_by: 'chardet', replacement_characters: 0 },
  { file: 'ru.txt', encoding: 'cp866', detected_by: 'letter-scoring', replacement_characters: 0 },
  { file: 'zh.txt', encoding: 'GB18030', detected_by: 'chardet', replacement_characters: 0 },
];

describe('text decoding in the build outcome', () => {
  it('lists the legacy-encoded files in --json and in the stats file, not the UTF-8 one', () => {
    const cwd = workspaceWithEncodings();
    const result = runCli(['build', '--json', '--quiet', '--split', 'none'], cwd);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.files_read).toBe(4);
    expect(summary.text_decoding).toEqual(EXPECTED);
    const stats = JSON.parse(fs.readFileSync(summary.files.stats, 'utf8'));
    expect(stats.text_decoding).toEqual(EXPECTED);
    const later = runCli(['stats', summary.dataset_id, '--json'], cwd);
    expect(JSON.parse(later.stdout).text_decoding).toEqual(EXPECTED);
  });

  it('says so in the human summary, one line per file', () => {
    const result = runCli(['build', '--quiet', '--split', 'none'], workspaceWithEncodings());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Text decoding: 3 file(s) not read as plain UTF-8');
    expect(result.stdout).toContain('  - ja.txt: decoded as Shift_JIS (chardet)');
    expect(result.stdout).toContain('  - zh.txt: decoded as GB18030 (chardet)');
    expect(result.stdout).toContain('  - ru.txt: decoded as cp866 (letter-scoring)');
  });
});
