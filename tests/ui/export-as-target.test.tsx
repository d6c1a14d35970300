// Export in another target's format from the menu, on a real dataset (Homebrew's FAQ): Mistral Small
// lines written to their own folder; Bedrock Llama (at least 100 examples) refused with the rule named.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { buildCorpusDataset, clearAgentEnv, isolatePreferences } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

const flat = (frame: string) => frame.replace(/\s+/g, ' ');

describe('Export in another target format', () => {
  it('writes Mistral Small JSONL beside the own export, and refuses Bedrock Llama before writing', async () => {
    const { dir, datasetId } = await buildCorpusDataset(['text/homebrew_FAQ.md']);
    ui = await drive(<App cwd={dir} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.down, 4);
    await ui.press(KEY.enter); // Export
    await ui.waitFor('Which dataset?');
    await ui.press(KEY.enter);
    await ui.waitFor(`Export ${datasetId}`);
    await ui.press(KEY.down, 2);
    await ui.press(KEY.enter); // In another target's format…
    expect(await ui.waitFor("in which target's format?")).toContain('built for openai gpt-4o-mini-2024-07-18');
    await ui.press('j'.repeat(9)); // one write
    await ui.waitFor(/❯ Mistral Small/);
    await ui.press(KEY.enter);
    const written = flat(await ui.waitFor("Written in Mistral Small's format", 30_000));
    const folder = 'output_datasets/my_dataset_as_mistral_mistral-small-latest';
    expect(written).toContain(`to ${folder}/: train my_dataset_train.jsonl validation my_dataset_validation.jsonl`);
    const line = JSON.parse(fs.readFileSync(path.join(dir, folder, 'my_dataset_train.jsonl'), 'utf8').split('\n')[0]);
    expect(line.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);

    await ui.press(KEY.escape); // back to the target list
    await ui.waitFor("in which target's format?");
    await ui.press('j'.repeat(5));
    await ui.waitFor(/❯ Llama 3\.1 8B Instruct \(Amazon Bedrock\)/);
    await ui.press(KEY.enter);
    const refused = flat(await ui.waitFor('Not written', 30_000));
    expect(refused).toContain('Not written: the examples break 1 rule(s) of Llama 3.1 8B Instruct (Amazon Bedrock).');
    expect(refused).toContain('too_few_examples (1)');
    expect(fs.existsSync(path.join(dir, 'output_datasets', 'my_dataset_as_llama_llama-3.1-8b-bedrock'))).toBe(false);
  });
});
