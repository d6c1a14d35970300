// Last step: whether and how to split into train and validation (strategy is chosen in Split and review).
import { Menu, type MenuItem } from '../../components/Menu.js';
import { ratioLabel } from '../../format.js';

export interface SplitChoice {
  enabled: boolean;
  ratio: number;
}

const PRESETS = [0.9, 0.8, 0.7];

function splitItems(current: SplitChoice): MenuItem<string>[] {
  const ratios = PRESETS.includes(current.ratio) ? PRESETS : [current.ratio, ...PRESETS];
  return [
    ...ratios.map((ratio) => ({
      label: `${ratioLabel(ratio)} train/validation`,
      value: String(ratio),
      description: 'The validation part lets the provider report how well the model generalizes.',
    })),
    { label: 'No split', value: 'none', description: 'One file with every sample (NAME.jsonl).' },
  ];
}

export function SplitStep({ initial, onDone }: { initial: SplitChoice; onDone: (choice: SplitChoice) => void }) {
  return (
    <Menu
      items={splitItems(initial)}
      initialValue={initial.enabled ? String(initial.ratio) : 'none'}
      onSelect={(value) => onDone(value === 'none' ? { ...initial, enabled: false } : { enabled: true, ratio: Number(value) })}
    />
  );
}
