// Use cases about fine-tuning targets: the list of models, and checking any JSONL file against one.
import { listTargets, resolveProvider, resolveTarget } from '../targets/registry.js';
import type { TargetModel } from '../targets/types.js';
import { validateJsonlFile, type ValidationReport } from '../targets/validate.js';

/** Every known target, or one provider's (the provider name is checked, with a hint if unknown). */
export function listModels(provider?: string): TargetModel[] {
  return listTargets(provider ? resolveProvider(provider) : undefined);
}

export async function validateFile(request: {
  file: string;
  provider: string;
  model: string;
  role: 'train' | 'validation';
}): Promise<{ target: TargetModel; report: ValidationReport }> {
  const target = resolveTarget(request.provider, request.model);
  return { target, report: await validateJsonlFile(target, request.file, { role: request.role }) };
}
