// The split questions: whether to split, the ratio (presets or custom), the strategy and its seed.
import { Menu, type MenuItem } from '../../components/Menu.js';
import { TextPrompt } from '../../components/TextPrompt.js';
import { parseSplitRatio } from '../../../core/app/views.js';
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

const RATIO_HELP = 'Use a ratio like 85/15 (the two sides add up to 100) or a share like 0.85 (between 0 and 1).';

/** The train share, or why the text is not one ("none" is a separate choice on the ask step). */
function readRatio(text: string): { ratio: number } | { problem: string } {
  try {
    const ratio = parseSplitRatio(text);
    return ratio === 'none' ? { problem: RATIO_HELP } : { ratio };
  } catch (error) {
    return { problem: `${(error as Error).message} ${RATIO_HELP}` };
  }
}

export function CustomRatioStep({ initial, onDone }: { initial: number; onDone: (ratio: number) => void }) {
  return (
    <TextPrompt
      label="Train/validation ratio:"
      initialValue={ratioLabel(initial)}
      validate={(text) => {
        const read = readRatio(text);
        return 'problem' in read ? read.problem : undefined;
      }}
      onSubmit={(text) => {
        const read = readRatio(text);
        if ('ratio' in read) onDone(read.ratio);
      }}
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

/** The strategies, and below them the seed (changing it opens SeedStep and comes back here). */
export function StrategyStep({ initial, onDone, onSeed }: { initial: Strategy & { seed: number }; onDone: (strategy: Strategy) => void; onSeed: () => void }) {
  const current = initial.strategy === 'random' ? 'random' : `weighted-${initial.weightBy}`;
  const seed = { label: `Seed ${initial.seed} (change…)`, value: 'seed', description: 'The same seed gives the same split again; another seed shuffles differently.' };
  return (
    <Menu
      items={[...STRATEGIES.map(({ strategy: _s, ...item }) => item), seed]}
      initialValue={current}
      onSelect={(value) => (value === 'seed' ? onSeed() : onDone(STRATEGIES.find((s) => s.value === value)!.strategy))}
    />
  );
}

const MAX_SEED = 2 ** 31 - 1;

export function SeedStep({ initial, onDone }: { initial: number; onDone: (seed: number) => void }) {
  return (
    <TextPrompt
      label="Seed:"
      initialValue={String(initial)}
      validate={(text) => (/^\d+$/.test(text) && Number(text) <= MAX_SEED ? undefined : `Type a whole number from 0 to ${MAX_SEED}, e.g. 7.`)}
      onSubmit={(text) => onDone(Number(text))}
    />
  );
}
