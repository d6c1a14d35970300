// Which samples each review tab shows, and what a move or an exclusion changes.
import type { StoredSample } from '../../../core/app/types.js';
import { effectiveSplit } from '../../../core/app/views.js';
import type { Split } from '../../../core/types.js';

export type Tab = 'train' | 'validation' | 'unsplit' | 'excluded';

export function tabOf(sample: StoredSample): Tab {
  return effectiveSplit(sample) ?? 'unsplit';
}

export function tabsFor(samples: StoredSample[]): Tab[] {
  const present = new Set(samples.map(tabOf));
  const sides: Tab[] = present.has('unsplit') && !present.has('validation') ? ['unsplit'] : ['train', 'validation'];
  return [...sides, 'excluded'];
}

/** The override that moves a sample to the other side; undefined when there is no other side. */
export function moveTarget(sample: StoredSample): Split | null | undefined {
  const tab = tabOf(sample);
  if (tab !== 'train' && tab !== 'validation') return undefined;
  const other: Split = tab === 'train' ? 'validation' : 'train';
  return sample.split === other ? null : other;
}

/** Exclude, or undo a manual exclusion. A sample the validation excluded stays excluded (its data breaks a rule). */
export function excludeToggle(sample: StoredSample): { override: Split | null } | { blocked: string } {
  if (tabOf(sample) !== 'excluded') return { override: 'excluded' };
  if (sample.split === 'excluded') return { blocked: 'Excluded by validation: it breaks a rule of the target, so it stays out.' };
  return { override: null };
}
