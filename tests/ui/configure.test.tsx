import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
let prefsDir: string;
beforeAll(() => {
  prefsDir = isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

async function openConfigure(): Promise<Driver> {
  const driver = await drive(<App cwd={makeWorkspace()} />);
  await driver.waitFor('samples ·');
  await driver.press(KEY.enter);
  await driver.waitFor('Fine-tuning target provider');
  return driver;
}

describe('Configure dataset', () => {
  it('accepting every default ends on the main menu with Generate as the next step, and remembers the choices', async () => {
    ui = await openConfigure();
    await ui.press(KEY.enter); // provider
    await ui.waitFor('max 65,536 tokens per example · min 10 examples');
    await ui.press(KEY.enter); // model
    expect(await ui.waitFor('Identify  no key needed')).toContain('needs a key');
    await ui.press(KEY.enter); // mode
    await ui.waitFor('How many samples? 100');
    await ui.press(KEY.enter); // size
    await ui.waitFor('90/10 train/validation');
    await ui.press(KEY.enter); // split
    expect(await ui.waitFor('Output name: my_dataset')).toContain('Files go to output_datasets/my_dataset/');
    await ui.press(KEY.enter); // output name
    const frame = await ui.waitFor('Main menu');
    expect(frame).toMatch(/❯ Generate dataset\s+← next/);
    expect(frame).toContain('✓ Configured: GPT-4o mini · identify · 100 samples');
    const stored = JSON.parse(fs.readFileSync(path.join(prefsDir, 'config.json'), 'utf8'));
    expect(stored.prefs).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini-2024-07-18', mode: 'identify', datasetSize: 100 });
  });

  it('shows the target limits, explains a size below the minimum, and asks for the agent of paid modes', async () => {
    ui = await openConfigure();
    // Issue 13: Anthropic (Claude 3 Haiku, retired) is no longer offered; Amazon Nova needs 8 examples.
    await ui.press(KEY.down, 4); // Google, Mistral, Meta Llama, Amazon Nova
    await ui.press(KEY.enter);
    expect(await ui.waitFor('min 8 examples')).toContain('Amazon Nova 2 Lite');
    await ui.press(KEY.enter);
    await ui.press(KEY.down); // Create
    await ui.press(KEY.enter);
    await ui.waitFor('How many samples?');
    await ui.press('\u007F', 3); // backspace the default
    await ui.type('5');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('needs at least 8 examples')).toContain('Continue with 5 samples');
    await ui.press(KEY.enter);
    const agents = await ui.waitFor('Agent LLM');
    expect(agents).toContain('no key: set OPENAI_API_KEY in .env');
    expect(agents).toContain('Local server (Ollama, vLLM, LM Studio)  no key needed');
    await ui.press(KEY.down); // Anthropic agent
    await ui.press(KEY.enter);
    const models = await ui.waitFor('Agent model:');
    // issue 14: a list with prices (from the agent price table), the suggested model highlighted
    expect(models).toMatch(/❯ claude-3-5-haiku-latest\s+\$0\.80 in · \$4\.00 out per 1M tokens/);
    expect(models).toContain('claude-3-haiku-20240307');
    await ui.press(KEY.up); // wraps to Other…
    await ui.press(KEY.up);
    await ui.waitFor('❯ Other… (type a model name)');
    await ui.press(KEY.enter);
    await ui.waitFor('Agent model: claude-3-5-haiku-latest');
    await ui.press('\u007f'.repeat(30) + 'my-distilled-claude\r'); // one write
    expect(await ui.waitFor('90/10 train/validation')).toContain('› Train/validation split');
  });

  it('Esc goes back one step at a time, then to the main menu', async () => {
    ui = await openConfigure();
    await ui.press(KEY.enter);
    await ui.waitFor('› Model');
    await ui.press(KEY.escape);
    await ui.waitFor('› Fine-tuning target provider');
    await ui.press(KEY.escape);
    expect(await ui.waitFor('Main menu')).toMatch(/❯ Configure dataset\s+← next/);
  });

  it('letters typed into a field are text, not shortcuts (q does not quit), and bad sizes are refused', async () => {
    ui = await openConfigure();
    await ui.press(KEY.enter, 3);
    await ui.waitFor('How many samples?');
    await ui.type('q');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('Type a whole number above 0');
    expect(frame).toContain('How many samples? 100q');
  });

  it('asks for the output name last (typed as one burst), and Generate names the dataset with it', async () => {
    ui = await openConfigure();
    await ui.press(KEY.enter, 5); // provider, model, mode, size, split
    await ui.waitFor('Output name: my_dataset');
    await ui.press('\u007f'.repeat(10) + 'Brew FAQ: v2'); // erase and type in one write
    expect(await ui.waitFor('Files go to output_datasets/Brew_FAQ_v2/')).toContain('Output name: Brew FAQ: v2');
    await ui.press(KEY.enter);
    await ui.waitFor('Configured:');
    await ui.press(KEY.enter); // Generate
    await ui.waitFor('1 of 1 files included');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/Dataset ds-[0-9a-f]{8} "Brew_FAQ_v2"/);
  });
});
