// Shared helpers for the target tests: conversations, formatted examples, findings by rule.
import { formatExample } from '../../src/core/targets/format.js';
import { resolveTarget } from '../../src/core/targets/registry.js';
import type { TargetModel } from '../../src/core/targets/types.js';
import { validateExamples } from '../../src/core/targets/validate.js';
import type { Conversation } from '../../src/core/types.js';

export function conversation(i = 0): Conversation {
  return {
    system: 'You are the support assistant of a bike shop.',
    turns: [
      { role: 'user', content: `My bike number ${i} squeaks when I brake. What should I do?` },
      { role: 'assistant', content: 'Clean the rims and check the brake pads for wear; replace them if the grooves are gone.' },
      { role: 'user', content: 'And if it still squeaks?' },
      { role: 'assistant', content: `Bring bike ${i} in: we adjust the pad angle for free.` },
    ],
  };
}

export const examplesFor = (target: TargetModel, n: number) => Array.from({ length: n }, (_, i) => formatExample(target, conversation(i)));

/** The findings of a one-example validation, as "rule:severity" strings, dataset findings left out. */
export async function lineRules(provider: string, model: string, example: unknown): Promise<string[]> {
  const report = await validateExamples(resolveTarget(provider, model), [example]);
  return report.findings.filter((f) => f.line === 1).map((f) => `${f.rule}:${f.severity}`);
}

export const user = (content: unknown) => ({ role: 'user', content });
export const assistant = (content: unknown) => ({ role: 'assistant', content });
export const chat = (...messages: unknown[]) => ({ messages });
