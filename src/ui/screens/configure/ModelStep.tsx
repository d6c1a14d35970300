// Step 2: the model, with its limits, whether it is legacy or deprecated, and a coming training cut-off.
import { cutoffWarning } from '../../../core/targets/lifecycle.js';
import { listTargets } from '../../../core/targets/registry.js';
import type { TargetModel, TargetProvider } from '../../../core/targets/types.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { formatCount } from '../../format.js';

function modelItem(model: TargetModel): MenuItem<string> {
  const limits = `${model.id} · max ${formatCount(model.maxTokensPerExample)} tokens per example · min ${model.minExamples} example${model.minExamples === 1 ? '' : 's'}`;
  return {
    label: model.displayName,
    value: model.id,
    tag: model.status === 'active' ? undefined : model.status,
    tagTone: model.status === 'deprecated' ? 'error' : 'warning',
    // Retired targets are not listed at all; a coming cut-off is one warning line.
    description: [limits, cutoffWarning(model), model.statusNote].filter(Boolean).join('\n'),
  };
}

export function ModelStep(props: { provider: TargetProvider; initial: string; onDone: (model: string) => void }) {
  return <Menu items={listTargets(props.provider).map(modelItem)} initialValue={props.initial} onSelect={props.onDone} limit={7} />;
}
