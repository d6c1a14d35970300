// Filtering, sorting and editing the samples of a real dataset (Homebrew's and semver's FAQs read by
// the identify pipeline into a real SQLite file), as the review screen does through core/app.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetSamples, datasetStats } from '../../src/core/app/datasets.js';
import { exportSaved } from '../../src/core/app/export.js';
import { resplitSaved, splitBase } from '../../src/core/app/resplit.js';
import { editSample, lineAsTurn, revertSample, turnAsLine, withTurnEdited } from '../../src/core/app/sample-edit.js';
import { filterSamples, parseSampleQuery } from '../../src/core/app/sample-filter.js';
import type { StoredSample } from '../../src/core/app/types.js';
import { buildCorpusDataset, clearAgentEnv, isolatePreferences } from '../ui/helpers/workspace.js';

let dir: string;
let dbFile: string;
let datasetId: string;
const question = (s: StoredSample) => s.conversation.turns[0].content;
const answer = (s: StoredSample) => s.conversation.turns.at(-1)!.content;

beforeAll(async () => {
  isolatePreferences();
  clearAgentEnv();
  ({ dir, datasetId, dbFile } = await buildCorpusDataset(['text/homebrew_FAQ.md', 'text/semver.md']));
}, 60_000);

describe('sample search and filters', () => {
  it('finds the three Homebrew answers that mention sudo, in any case', () => {
    const found = filterSamples(datasetSamples(dbFile, datasetId), parseSampleQuery('SUDO'));
    // By hand from the FAQ: the GUI apps answer (sudo launchctl), "Why does Homebrew say sudo is bad?"
    // and the ownership answer ("see previous question regarding sudo").
    expect(found.map(question).sort()).toEqual([
      'My macOS `.app`s don’t find Homebrew utilities',
      'What are the default ownership and permissions used by Homebrew?',
      'Why does Homebrew say sudo is bad?',
    ]);
  });

  it('combines words with a source filter', () => {
    const samples = datasetSamples(dbFile, datasetId);
    expect(filterSamples(samples, parseSampleQuery('rust source:homebrew')).map(question)).toEqual([
      "Why don't you rewrite Homebrew in Rust to make it faster?", // not the sudo answer's "trust"
    ]);
    expect(filterSamples(samples, parseSampleQuery('rust source:semver'))).toEqual([]);
    const semver = filterSamples(samples, parseSampleQuery('source:SEMVER'));
    expect(semver.length).toBeGreaterThan(0);
    expect(semver.every((s) => s.source.file === 'semver.md')).toBe(true);
  });

  it('filters by origin, keyword and token length, and sorts by tokens', () => {
    const samples = datasetSamples(dbFile, datasetId);
    expect(filterSamples(samples, parseSampleQuery('origin:generated'))).toEqual([]);
    expect(filterSamples(samples, parseSampleQuery('origin:identified'))).toHaveLength(samples.length);
    const keyword = samples[0].keywords[0];
    const withKeyword = filterSamples(samples, parseSampleQuery(`kw:${keyword}`));
    expect(withKeyword.map((s) => s.id)).toEqual(samples.filter((s) => s.keywords.some((k) => k.includes(keyword))).map((s) => s.id));
    const longest = filterSamples(samples, parseSampleQuery(''), 'tokens-desc');
    const tokens = longest.map((s) => s.tokenLength!);
    expect(tokens).toEqual([...tokens].sort((a, b) => b - a));
    const cut = tokens[Math.floor(tokens.length / 2)];
    const over = filterSamples(samples, parseSampleQuery(`tokens:>${cut}`));
    expect(over.length).toBe(tokens.filter((t) => t > cut).length);
    expect(filterSamples(samples, parseSampleQuery(`tokens:${cut}-${cut}`)).every((s) => s.tokenLength === cut)).toBe(true);
  });

  it('says which filters it could not read, and filters nothing with them', () => {
    const query = parseSampleQuery('tokens:lots origin:robot colour:red split:train');
    expect(query.problems).toEqual([
      'tokens:lots: write tokens:>200, tokens:<100 or tokens:100-300',
      'origin:robot: origin is identified or generated',
      'colour:red: unknown filter; use source:, kw:, split:, origin:, tokens: or is:edited',
    ]);
    expect(query.split).toBe('train');
    expect(query.minTokens).toBeUndefined();
  });
});

describe('editing a sample', () => {
  let tokensAsRead = 0;
  const edited = 'Never run brew with sudo.\nIt changes file ownership under the prefix.';

  it('stores the edit re-counted, keeps it across a re-split and writes it to the export', async () => {
    const sudo = filterSamples(datasetSamples(dbFile, datasetId), parseSampleQuery('sudo is bad'))[0];
    const before = sudo.tokenLength!;
    tokensAsRead = before;
    const conversation = withTurnEdited(sudo.conversation, sudo.conversation.turns.length - 1, lineAsTurn(turnAsLine(edited)));
    const outcome = await editSample({ dbFile, datasetId, sampleId: sudo.id, conversation });
    expect(outcome.saved).toBe(true);
    // The dataset has no system prompt: the target's warning about it stays, and nothing else.
    expect(outcome.problems.map((p) => p.rule)).toEqual(['missing_system_message']);
    expect(outcome.tokens).toBeLessThan(before);

    const config = { output: { include_csv: true, include_stats: true, format: 'jsonl' } } as never;
    await resplitSaved({ dbFile, idOrName: datasetId, split: { ...splitBase(dbFile, datasetId, { split: {} } as never), seed: 7 }, outDir: path.join(dir, 'out'), config });
    const after = datasetSamples(dbFile, datasetId).find((s) => s.id === sudo.id)!;
    expect(answer(after)).toBe(edited);
    expect(after).toMatchObject({ edited: true, tokenLength: outcome.tokens });

    const files = exportSaved({ dbFile, idOrName: datasetId, outDir: path.join(dir, 'out'), config });
    const jsonl = [files.files.train, files.files.validation, files.files.dataset].filter(Boolean).map((f) => fs.readFileSync(f!, 'utf8')).join('');
    expect(jsonl).toContain(JSON.stringify(edited));
    expect(jsonl).not.toContain('Sudo is dangerous, and you installed TextMate.app without sudo anyway');
  });

  it('refuses an edit that breaks a rule of the target and stores nothing', async () => {
    const rust = filterSamples(datasetSamples(dbFile, datasetId), parseSampleQuery('rust'))[0];
    const emptied = withTurnEdited(rust.conversation, rust.conversation.turns.length - 1, '\u007f\u007f  ');
    expect(answer({ conversation: emptied } as StoredSample)).toBe('  '); // control characters never get in
    const outcome = await editSample({ dbFile, datasetId, sampleId: rust.id, conversation: { ...emptied, turns: emptied.turns.map((t, i) => (i === emptied.turns.length - 1 ? { ...t, content: '' } : t)) } });
    expect(outcome.saved).toBe(false);
    expect(outcome.problems[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('empty') });
    expect(datasetSamples(dbFile, datasetId).find((s) => s.id === rust.id)).toEqual(rust);
  });

  it('undoes an edit back to the text that was read, counted again', async () => {
    const sudo = filterSamples(datasetSamples(dbFile, datasetId), parseSampleQuery('is:edited'));
    expect(sudo).toHaveLength(1);
    expect(await revertSample(dbFile, datasetId, sudo[0].id)).toBe(true);
    const back = datasetSamples(dbFile, datasetId).find((s) => s.id === sudo[0].id)!;
    expect(back.edited).toBe(false);
    expect(answer(back)).toContain('Sudo is dangerous, and you installed TextMate.app without sudo anyway');
    expect(back.tokenLength).toBe(tokensAsRead);
    expect(await revertSample(dbFile, datasetId, sudo[0].id)).toBe(false);
    expect(datasetStats(dbFile, datasetId).dataset_id).toBe(datasetId);
  });
});
