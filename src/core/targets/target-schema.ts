// The zod schema of one fine-tuning target: checks the packaged registry files and a user's targets.yaml.
import { z } from 'zod';
import { PROVIDERS } from '../config/schema.js';
import type { TargetModel } from './types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date like 2027-01-06');
const count = z.number().int().nonnegative();
const LINE_FORMATS = [
  'openai-chat',
  'bedrock-claude',
  'vertex-gemini',
  'bedrock-prompt-completion',
  'nova-conversation',
  'prompt-completion',
  'text',
] as const;

const targetObject = z
  .object({
    provider: z.enum(PROVIDERS),
    id: z.string().min(1),
    displayName: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    host: z.string().optional(),
    status: z.enum(['active', 'legacy', 'deprecated']),
    statusNote: z.string().optional(),
    statusDate: isoDate.optional(),
    trainingEndsDate: isoDate.optional(),
    shutdownDate: isoDate.optional(),
    successor: z.string().optional(),
    hostModelId: z.string().optional(),
    format: z.enum(LINE_FORMATS),
    formats: z.array(z.enum(LINE_FORMATS)).min(1).optional(),
    maxTokensPerExample: z.number().int().positive(),
    overLimit: z.enum(['truncate', 'reject']),
    minExamples: count,
    minExamplesIncludeValidation: z.boolean().optional(),
    recommendedMinExamples: count.optional(),
    maxExamples: count.optional(),
    maxTotalExamples: count.optional(),
    maxValidationExamples: count.optional(),
    maxFileBytes: count.optional(),
    maxValidationFileBytes: count.optional(),
    maxSingleUploadBytes: count.optional(),
    trainingPricePerMTok: z.number().nonnegative().optional(),
    defaultEpochs: z.number().int().positive().optional(),
    epochPolicy: z.enum(['fixed', 'openai-auto']).optional(),
    tokenizer: z.enum(['o200k_base', 'cl100k_base', 'llama3', 'mistral-v1', 'gemma3', 'estimate']),
    framing: z.enum(['openai', 'llama3', 'llama3-hf', 'mistral-v1', 'mistral-v3', 'gemma', 'chatml', 'plain', 'estimate']).optional(),
    estimateMargin: z.number().min(1).optional(),
    estimateProfile: z.enum(['general', 'claude']).optional(),
    exactTokens: z.boolean().optional(),
    source: z.string().min(1),
    sources: z.array(z.object({ url: z.url(), date: isoDate, note: z.string().optional() }).strict()).optional(),
  })
  .strict();

export const targetSchema = targetObject.refine((t) => !t.formats || t.formats.includes(t.format), {
  message: '"formats" must include "format"',
  path: ['formats'],
});

/** A user file entry that changes a packaged target: provider and id name it, every other key is optional. */
export const targetOverrideSchema = targetObject.partial().required({ provider: true, id: true });

// The schema and the TypeScript type must describe the same object.
type Parsed = z.infer<typeof targetSchema>;
const _sameShape: (t: Parsed) => TargetModel = (t) => t;

/** "targets[2].maxTokensPerExample: expected number" for each problem zod found. */
export function describeIssues(error: z.ZodError, prefix: string): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${[prefix, ...i.path].map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`)).join('')}: ${i.message}`)
    .join('; ');
}
