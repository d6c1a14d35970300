// Builds the GenerationPrompt of create and free mode: the system prompt from a template, the chunk in
// the user message, variety as temperature plus instructions.
import type { Chunk } from '../../ingest/types.js';
import { roughTokens } from '../../llm/estimate.js';
import { MAX_KEYWORDS } from '../generation/answer-schema.js';
import type { GenerationPrompt, PromptAsk } from '../generation/types.js';
import { fillTemplate, hashOf } from './prompt-template.js';

type Variety = 'low' | 'medium' | 'high';

export interface GenerationSettings {
  variety: Variety;
  turns: number;
  samplesPerCall: number;
  /** Base temperature (config agent.create.temperature, default 0.7); variety shifts it. */
  temperature?: number;
}

/** Variety moves the configured temperature and tells the model how much to vary. */
const VARIETY: Record<Variety, { temperatureShift: number; instructions: string }> = {
  low: {
    temperatureShift: -0.4,
    instructions: 'Keep to straightforward factual questions close to the wording of the excerpt, with direct answers.',
  },
  medium: {
    temperatureShift: 0,
    instructions: 'Mix factual, "how" and "why" questions, and phrase them the way different people would.',
  },
  high: {
    temperatureShift: 0.3,
    instructions:
      'Vary widely: different personas (beginner, expert, hurried, curious), tones and question types (comparisons, concrete scenarios, troubleshooting, step-by-step requests), always within what the excerpt supports.',
  },
};

export function temperatureFor(settings: GenerationSettings): number {
  const value = (settings.temperature ?? 0.7) + VARIETY[settings.variety].temperatureShift;
  return Math.round(Math.min(2, Math.max(0, value)) * 100) / 100;
}

/** The user message: the excerpt, what to avoid, feedback, how many to write. */
export function chunkMessage(chunk: Chunk, ask: PromptAsk): string {
  const parts: string[] = [];
  if (chunk.text.trim()) {
    const where = chunk.location ? `${chunk.file}, ${chunk.location}` : chunk.file;
    parts.push(`Source: ${where}\n\n<excerpt>\n${chunk.text}\n</excerpt>`);
  } else {
    parts.push('There is no document excerpt for this request: follow the instructions alone.');
  }
  if (ask.avoid.length > 0) {
    parts.push(`Conversations already written here start with these questions; cover other points:\n${ask.avoid.map((q) => `- ${q}`).join('\n')}`);
  }
  if (ask.feedback) parts.push(ask.feedback);
  parts.push(`Write ${ask.count} conversation(s) now.`);
  return parts.join('\n\n');
}

/** `values` fills extra placeholders, e.g. {instructions} in free mode. */
export function makeGenerationPrompt(template: string, settings: GenerationSettings, values: Record<string, string> = {}): GenerationPrompt {
  const fixed = { turns: settings.turns, variety_instructions: VARIETY[settings.variety].instructions, max_keywords: MAX_KEYWORDS, ...values };
  const temperature = temperatureFor(settings);
  const system = (count: number) => fillTemplate(template, { ...fixed, count });
  return {
    hash: hashOf(template, JSON.stringify(fixed), String(settings.samplesPerCall), String(temperature)),
    temperature,
    overheadTokens: roughTokens(system(settings.samplesPerCall)) + 60,
    build: (chunk, ask) => ({ system: system(ask.count), user: chunkMessage(chunk, ask) }),
  };
}
