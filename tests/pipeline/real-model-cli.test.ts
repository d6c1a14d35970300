// `ftdb build --mode create` through the openai SDK against a real model: stories260K behind an
// OpenAI-compatible server (tests/servers/llama-server.ts, node-llama-cpp, JSON-schema grammar). The
// model writes fluent nonsense; the run must drop it (as ungrounded when its words are not in the
// document), bound every call by max_tokens, and end saying that it kept nothing and why.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { runCliAsync } from '../reliability/run-cli-async.js';
import { startLlamaServer, STORIES_MODEL, type LlamaServer } from '../servers/llama-server.js';

const DOCUMENT = path.join(import.meta.dirname, '..', 'fixtures', 'models', 'zlib_FAQ_1-4.txt');

let server: LlamaServer;
beforeAll(async () => {
  server = await startLlamaServer(); // installs node-llama-cpp into tests/.cache on the first run
}, 300_000);
afterAll(async () => {
  await server?.close();
});

describe('a real tiny model (stories260K) behind a local OpenAI-compatible server', () => {
  it('drops its nonsense as ungrounded, bounds every call by max_tokens and says it kept nothing', async () => {
    const cwd = tempDir('ftdb-real-model-');
    fs.mkdirSync(path.join(cwd, 'input_files'));
    fs.copyFileSync(DOCUMENT, path.join(cwd, 'input_files', 'zlib_FAQ_1-4.txt'));
    // One conversation per call, one call at a time: the model answers on one CPU thread.
    fs.writeFileSync(path.join(cwd, 'config.yaml'), 'agent:\n  create:\n    samples_per_chunk: 1\nsystem:\n  concurrency: 1\n  max_retries: 0\n');

    const result = await runCliAsync(
      ['build', '--mode', 'create', '--size', '4', '--yes', '--json', '--split', 'none', '--agent-provider', 'ollama'],
      cwd,
      { OLLAMA_BASE_URL: server.baseURL },
    );

    // Nothing kept: exit 1, and the run says what it dropped and why, per cause.
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(`Using ${STORIES_MODEL}, the first model the local server serves`);
    expect(result.stderr).toContain(`call(s) to ollama/${STORIES_MODEL}`);
    expect(result.stderr).toMatch(/Most generated samples were dropped \((\d+) of \1\)/);
    expect(result.stderr).toContain('The documents gave 0 new samples of 4 requested');
    const summary = JSON.parse(result.stdout);
    expect(summary.samples).toBe(0);
    const record = summary.generation;
    expect(record.agent).toEqual({ provider: 'ollama', model: STORIES_MODEL, endpoint: server.baseURL });
    expect(record.accepted).toBe(0);
    expect(record.dropped.ungrounded).toBeGreaterThan(0);
    expect(record.requests.made).toBe(server.answers.length);
    expect(fs.readFileSync(summary.files.dataset, 'utf8')).toBe('');

    // Every call asked for one conversation under a grammar and was bounded: 1 x (700 + 60) + 50.
    expect(server.answers.length).toBeGreaterThan(0);
    for (const answer of server.answers) {
      expect(answer.request.maxTokens).toBe(810);
      expect(JSON.stringify(answer.request.schema)).toContain('"minItems":1,"maxItems":1');
    }
    // Real tokens were counted from the model's own tokenizer.
    expect(record.tokens.output).toBe(server.answers.reduce((sum, answer) => sum + answer.outputTokens, 0));
  }, 240_000);
});
