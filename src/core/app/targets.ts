// Use cases about fine-tuning targets: the list of models, and checking any JSONL file against one.
import { checkTrainable } from '../targets/lifecycle.js';
import { listTargets, resolveProvider, resolveTarget } from '../targets/registry.js';
import type { TargetModel } from '../targets/types.js';
import { validateJsonlFile, type ValidationReport } from '../targets/validate.js';

/** Every known target, retired ones included, or one provider's (an unknown provider gets a hint). */
export function listModels(provider?: string): TargetModel[] {
  return listTargets(provider ? resolveProvider(provider) : undefined, { includeRetired: true });
}

export async function validateFile(request: {
  file: string;
  provider: string;
  model: string;
  role: 'train' | 'validation';
  allowRetired?: boolean;
}): Promise<{ target: TargetModel; report: ValidationReport; lifecycleWarning?: string }> {
  const target = resolveTarget(request.provider, request.model);
  // A retired target throws (exit 2) unless allowed; a coming cut-off comes back as a warning.
  const lifecycleWarning = checkTrainable(target, { allowRetired: request.allowRetired });
  return { target, report: await validateJsonlFile(target, request.file, { role: request.role }), lifecycleWarning };
}
