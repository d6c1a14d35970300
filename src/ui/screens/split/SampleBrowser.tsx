// Browse the samples per split: ←→ tabs, ↑↓ list, Enter reads one in full, m moves it to the other
// side, x excludes or restores it. Changes are saved at once; Export writes them to the files.
import { Box, Text } from 'ink';
import { useKeys } from '../../hooks/useKeys.js';
import { useState } from 'react';
import { datasetSamples, overrideSplit } from '../../../core/app/datasets.js';
import type { StoredSample } from '../../../core/app/types.js';
import { contentPreview } from '../../../core/app/views.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Notice } from '../../components/Notice.js';
import { clip } from '../../format.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useListCursor } from '../../hooks/useListCursor.js';
import { color } from '../../theme.js';
import { SampleDetail, splitColor } from '../common/SampleDetail.js';
import { excludeToggle, moveTarget, tabOf, tabsFor, type Tab } from './sample-tabs.js';

const VISIBLE = 9;

export const BROWSE_HELP = ['←→ split', '↑↓ move', 'Enter read', 'm move side', 'x exclude/restore', 'Esc back'];

/** `onBack(changed)`: whether a move or exclusion was saved (the exported files are then out of date). */
export function SampleBrowser({ dbFile, datasetId, onBack }: { dbFile: string; datasetId: string; onBack: (changed: boolean) => void }) {
  const data = useAsync(() => datasetSamples(dbFile, datasetId), [dbFile, datasetId]);
  const samples = data.status === 'ready' ? data.value : [];
  const tabs = tabsFor(samples);
  const [tabIndex, setTabIndex] = useState(0);
  const [reading, setReading] = useState<string>();
  const [note, setNote] = useState<{ tone: 'success' | 'warning'; text: string }>();
  const tab: Tab = tabs[Math.min(tabIndex, tabs.length - 1)];
  const shown = samples.filter((s) => tabOf(s) === tab);
  const cursor = useListCursor(shown.length, VISIBLE, !reading);
  const current = reading ? samples.find((s) => s.id === reading) : shown[cursor.index];
  const [changed, setChanged] = useState(false);
  useEscape(() => (reading ? setReading(undefined) : onBack(changed)));

  const apply = (sample: StoredSample, override: StoredSample['splitOverride'], text: string) => {
    try {
      overrideSplit(dbFile, datasetId, sample.id, override);
      setNote({ tone: 'success', text });
      setChanged(true);
      data.reload();
    } catch (error) {
      setNote({ tone: 'warning', text: String(error) });
    }
  };
  useKeys((input, key) => {
    // Keys can arrive together with the arrow that moved the cursor: read it now, not from the render.
    // Tabs switch before the sample check: an empty tab must not trap the cursor.
    if (!reading && (key.leftArrow || key.rightArrow)) {
      setTabIndex((i) => (Math.min(i, tabs.length - 1) + (key.rightArrow ? 1 : tabs.length - 1)) % tabs.length);
      setNote(undefined);
      return;
    }
    const current = reading ? samples.find((s) => s.id === reading) : shown[cursor.currentIndex()];
    if (!current) return;
    if (!reading && key.return) setReading(current.id);
    else if (input === 'm') {
      const target = moveTarget(current);
      if (target === undefined) setNote({ tone: 'warning', text: 'Only train and validation samples can change sides.' });
      else apply(current, target, `${current.id} moved to ${target ?? (current.split as string)}.`);
    } else if (input === 'x') {
      const toggle = excludeToggle(current);
      if ('blocked' in toggle) setNote({ tone: 'warning', text: toggle.blocked });
      else apply(current, toggle.override, toggle.override ? `${current.id} excluded.` : `${current.id} restored.`);
    }
  });

  if (data.status === 'failed') return <ErrorMessage error={data.error} />;
  if (data.status === 'loading' && samples.length === 0) return <Text dimColor>Loading samples…</Text>;
  return (
    <Box flexDirection="column">
      <Text>
        {tabs.map((t) => (
          <Text key={t} inverse={t === tab} color={splitColor(t)}>{` ${t} (${samples.filter((s) => tabOf(s) === t).length}) `}</Text>
        ))}
      </Text>
      {reading && current ? (
        <SampleDetail sample={current} />
      ) : (
        <Box flexDirection="column" marginTop={1}>
          {shown.length === 0 ? <Text dimColor>No samples here.</Text> : null}
          {shown.slice(cursor.start, cursor.end).map((s, i) => (
            <Text key={s.id} color={cursor.start + i === cursor.index ? color.accent : undefined}>
              {cursor.start + i === cursor.index ? '❯ ' : '  '}
              {clip(contentPreview(s), 72)}
            </Text>
          ))}
          {shown.length > VISIBLE ? <Text dimColor>{`  ${cursor.start + 1}-${cursor.end} of ${shown.length}`}</Text> : null}
        </Box>
      )}
      {note ? <Notice tone={note.tone}>{note.text}</Notice> : null}
    </Box>
  );
}
