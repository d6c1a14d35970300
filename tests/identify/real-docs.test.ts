// Identify on real third-party documents (tests/fixtures/identify-real, pairs written by hand):
// recall and precision over all of them, no sample from look-alike negatives, and code answers that
// keep their indentation (the Textual FAQ's Python must still compile).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expectedPairs, logScores, scoreAll, scoreFile } from './real-docs.js';

describe('identify on real documents (issue 12)', () => {
  it('finds the hand-written pairs: recall >= 0.95, precision >= 0.97', async () => {
    const result = await scoreAll();
    logScores(result);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.precision).toBeGreaterThanOrEqual(0.97);
  }, 60_000);

  it('gives no sample from look-alike negatives', async () => {
    const negatives = Object.keys(expectedPairs()).filter((f) => f.startsWith('negatives/'));
    expect(negatives.length).toBeGreaterThanOrEqual(4);
    for (const file of negatives) expect((await scoreFile(file, [])).found, file).toBe(0);
  });

  it('keeps the indentation of a Python answer so that it still compiles', async () => {
    const question = 'How do I pass arguments to an app?';
    const score = await scoreFile('docs/textual-FAQ.md', []);
    const answer = score.extra.find((p) => p.q === question)?.a;
    expect(answer, 'answer found').toBeDefined();
    const blocks = [...answer!.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('\n    def __init__(self, greeting: str="Hello", to_greet: str="World") -> None:\n        self.greeting = greeting');
    const check = spawnSync('python3', ['-c', 'import sys; compile(sys.stdin.read(), "answer", "exec")'], { input: blocks.join('\n') });
    expect(check.status, check.stderr?.toString()).toBe(0);
  });
});
