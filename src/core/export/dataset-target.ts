// The target a stored dataset was built for, with the line format its config chose.
import type { DatasetRow } from '../store/datasets.js';
import type { LineFormatChoice } from '../choices.js';
import { withLineFormat } from '../targets/format.js';
import { resolveTarget } from '../targets/registry.js';
import type { TargetModel } from '../targets/types.js';

export function datasetTarget(dataset: Pick<DatasetRow, 'provider' | 'model' | 'config'>): TargetModel {
  const config = JSON.parse(dataset.config ?? '{}') as { output?: { line_format?: LineFormatChoice } };
  return withLineFormat(resolveTarget(dataset.provider, dataset.model), config.output?.line_format);
}
