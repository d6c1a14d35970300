// The split questions: whether to split, the ratio (presets or custom), and the strategy.
import { Menu, type MenuItem } from '../../components/Menu.js';
import { TextPrompt } from '../../components/TextPrompt.js';
import { parseRatio } from '../../../core/config/schema.js';
import { ratioLabel } from '../../format.js';
import type { SplitSettings } from '../../../core/app/types.js';

const PRESETS = [0.9, 0.8, 0.7];

export function RatioStep({ initial, onDone, onCustom }: { initial: number; onDone: (ratio: number) => void; onCustom: () => void }) {
  const ratios = PRESETS.includes(initial) ? PRESETS : [initial, ...PRESETS];
  const items: MenuItem<string>[] = [
    ...ratios.map((r) => ({ label: `${ratioLabel(r)} train/validation`, value: String(r) })),
    { label: 'Custom…', value: 'custom', description: 'Type a ratio such as 85/15 or 0.85.' },
  ];
  return <Menu items={items} initialValue={String(initial)} onSelect={(v) => (v === 'custom' ? onCustom() : onDone(Number(v)))} />;
}

function validRatio(text: string): number | undefined {
  const ratio = parseRatio(text);
  return ratio !== undefined && ratio > 0 && ratio < 1 ? ratio : undefined;
}

export function CustomRatioStep({ initial, onDone }: { initial: number; onDone: (ratio: number) => void }) {
  return (
    <TextPrompt
      label="Train/validation ratio:"
      initialValue={ratioLabel(initial)}
      validate={(text) => (validRatio(text) === undefined ? 'Use a ratio like 85/15 or a share like 0.85 (between 0 and 1).' : undefined)}
      onSubmit={(text) => onDone(validRatio(text)!)}
    />
  );
}

type Strategy = Pick<SplitSettings, 'strategy' | 'weightBy'>;

const STRATEGIES: (MenuItem<string> & { strategy: Strategy })[] = [
  { label: 'Random', value: 'random', strategy: { strategy: 'random', weightBy: 'source' }, description: 'Shuffle with the seed, then cut.' },
  {
    label: 'Weighted by source file',
    value: 'weighted-source',
    strategy: { strategy: 'weighted', weightBy: 'source' },
    description: 'Each source file is represented on both sides in proportion.',
  },
  {
    label: 'Weighted by keywords',
    value: 'weighted-keywords',
    strategy: { strategy: 'weighted', weightBy: 'keywords' },
    description: 'Topics (keywords) are represented on both sides in proportion.',
  },
];

export function StrategyStep({ initial, onDone }: { initial: Strategy; onDone: (strategy: Strategy) => void }) {
  const current = initial.strategy === 'random' ? 'random' : `weighted-${initial.weightBy}`;
  return (
    <Menu
      items={STRATEGIES.map(({ strategy: _s, ...item }) => item)}
      initialValue={current}
      onSelect={(value) => onDone(STRATEGIES.find((s) => s.value === value)!.strategy)}
    />
  );
}
