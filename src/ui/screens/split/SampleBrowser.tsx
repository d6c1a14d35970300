// Browse the samples per split: ←→ tabs, ↑↓ list, Enter reads one in full, / searches (words and
// source: kw: origin: tokens: is:edited filters, parsed in core/app), s sorts by tokens, e edits a
// turn, u undoes an edit, m moves a sample to the other side, x excludes or restores it. Changes are
// saved at once; Export writes them to the files. The list, the reader and the editor take the rows
// and columns the terminal has (useTerminalSize); the key help puts the most used keys first.
import { Box, Text, useInput, type Key } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { datasetSamples, overrideSplit } from '../../../core/app/datasets.js';
import { revertSample } from '../../../core/app/sample-edit.js';
import { filterSamples, nextSort, parseSampleQuery, SORT_LABEL, type SampleSort } from '../../../core/app/sample-filter.js';
import type { StoredSample } from '../../../core/app/types.js';
import { contentPreview } from '../../../core/app/views.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { editLine, type LineState } from '../../components/line-editing.js';
import { Notice } from '../../components/Notice.js';
import { clip } from '../../format.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { useEscape } from '../../hooks/useEscape.js';
import { eachKey } from '../../hooks/useKeys.js';
import { useListCursor } from '../../hooks/useListCursor.js';
import { useKeyboard } from '../../session/keyboard.js';
import { color } from '../../theme.js';
import { SampleDetail, splitColor } from '../common/SampleDetail.js';
import { excludeToggle, moveTarget, tabOf, tabsFor, type Tab } from './sample-tabs.js';
import { SampleEditor } from './SampleEditor.js';
import { SearchField } from './SearchField.js';

/** The list's most rows, and the rows around it: title, tabs, margins, the range line, a notice, the key help. */
const MOST_VISIBLE = 12;
const LIST_CHROME_ROWS = 9;

// The most used keys first: at 60 columns the help line shows those and leaves the rest to `?`.
export const BROWSE_HELP = ['↑↓ move', 'Enter read', '←→ split', '/ search', 'Esc back', 'e edit', 's sort', 'm move side', 'x exclude', 'u undo edit'];

type Mode = { kind: 'list' } | { kind: 'search'; before: string } | { kind: 'read'; id: string } | { kind: 'edit'; id: string; from: 'list' | 'read' };
type Note = { tone: 'success' | 'warning'; text: string };

/** `onBack(changed)`: whether a move, exclusion or edit was saved (the exported files are then out of date). */
export function SampleBrowser({ dbFile, datasetId, onBack }: { dbFile: string; datasetId: string; onBack: (changed: boolean) => void }) {
  const data = useAsync(() => datasetSamples(dbFile, datasetId), [dbFile, datasetId]);
  const samples = data.status === 'ready' ? data.value : [];
  const tabs = tabsFor(samples);
  const [tabIndex, setTabIndex] = useState(0);
  // The mode lives in a ref too: "/rust" in one read opens the search and types "rust" into it.
  const [mode, setModeState] = useState<Mode>({ kind: 'list' });
  const modeRef = useRef(mode);
  const setMode = (next: Mode) => ((modeRef.current = next), setModeState(next));
  const [query, setQuery] = useState('');
  const search = useRef<LineState>({ value: '', cursor: 0 });
  const keyboard = useKeyboard();
  const releaseKeyboard = useRef<() => void>(undefined);
  useEffect(() => () => releaseKeyboard.current?.(), []);
  const [sort, setSort] = useState<SampleSort>('order');
  const [note, setNote] = useState<Note>();
  const [changed, setChanged] = useState(false);
  const tab: Tab = tabs[Math.min(tabIndex, tabs.length - 1)];
  const parsed = parseSampleQuery(query);
  const matching = filterSamples(samples, parsed, sort);
  const shown = matching.filter((s) => tabOf(s) === tab);
  const size = useTerminalSize();
  const searchRows = mode.kind === 'search' ? 3 : query ? 1 : 0;
  const visible = Math.min(MOST_VISIBLE, size.rowsFor(LIST_CHROME_ROWS + searchRows + parsed.problems.length + noteRows(note, size.columns)));
  const cursor = useListCursor(shown.length, visible, mode.kind === 'list');
  const byId = (id: string) => samples.find((s) => s.id === id);
  useEscape(() => (mode.kind === 'read' ? setMode({ kind: 'list' }) : onBack(changed)), mode.kind === 'list' || mode.kind === 'read');

  const saved = (text: string) => (setNote({ tone: 'success', text }), setChanged(true), data.reload());
  const apply = (sample: StoredSample, override: StoredSample['splitOverride'], text: string) => {
    try {
      overrideSplit(dbFile, datasetId, sample.id, override);
      saved(text);
    } catch (error) {
      setNote({ tone: 'warning', text: String(error) });
    }
  };
  const undoEdit = (sample: StoredSample) => {
    if (!sample.edited) return setNote({ tone: 'warning', text: `${sample.id} has no edit to undo.` });
    revertSample(dbFile, datasetId, sample.id).then(
      () => saved(`${sample.id}: the text as read is back.`),
      (error: unknown) => setNote({ tone: 'warning', text: String(error) }),
    );
  };

  const onKey = (input: string, key: Key) => {
    const now = modeRef.current;
    if (now.kind !== 'list' && now.kind !== 'read') return;
    // Tabs switch before the sample check: an empty tab must not trap the cursor.
    if (now.kind === 'list' && (key.leftArrow || key.rightArrow)) {
      setTabIndex((i) => (Math.min(i, tabs.length - 1) + (key.rightArrow ? 1 : tabs.length - 1)) % tabs.length);
      return setNote(undefined);
    }
    if (now.kind === 'list' && input === 's') return setSort(nextSort);
    // Keys can arrive together with the arrow that moved the cursor: read it now, not from the render.
    const current = now.kind === 'read' ? byId(now.id) : shown[cursor.currentIndex()];
    if (!current) return;
    if (now.kind === 'list' && key.return) setMode({ kind: 'read', id: current.id });
    else if (input === 'e') setMode({ kind: 'edit', id: current.id, from: now.kind });
    else if (input === 'u') undoEdit(current);
    else if (input === 'm') {
      const target = moveTarget(current);
      if (target === undefined) setNote({ tone: 'warning', text: 'Only train and validation samples can change sides.' });
      else apply(current, target, `${current.id} moved to ${target ?? (current.split as string)}.`);
    } else if (input === 'x') {
      const toggle = excludeToggle(current);
      if ('blocked' in toggle) setNote({ tone: 'warning', text: toggle.blocked });
      else apply(current, toggle.override, toggle.override ? `${current.id} excluded.` : `${current.id} restored.`);
    }
  };
  const openSearch = (): Extract<Mode, { kind: 'search' }> => {
    // Claimed now, not in an effect: a "q" right after the "/" is text, not quit.
    releaseKeyboard.current = keyboard.claim();
    search.current = { value: query, cursor: query.length };
    const next = { kind: 'search', before: query } as const;
    setMode(next);
    return next;
  };
  const closeSearch = (kept: string) => {
    releaseKeyboard.current?.();
    releaseKeyboard.current = undefined;
    setQuery(kept);
    setMode({ kind: 'list' });
    cursor.reset();
  };
  const onSearchKey = (now: Extract<Mode, { kind: 'search' }>, input: string, key: Key) => {
    if (key.escape) return closeSearch(now.before);
    const { state, submitted } = editLine(search.current, input, key);
    search.current = state;
    setQuery(state.value);
    if (submitted) closeSearch(state.value);
  };
  useInput((input, key) => {
    const now = modeRef.current;
    if (now.kind === 'search') return onSearchKey(now, input, key);
    const slash = input.indexOf('/');
    if (now.kind !== 'list' || slash === -1 || key.ctrl || key.meta) return eachKey(onKey)(input, key);
    eachKey(onKey)(input.slice(0, slash), key);
    if (modeRef.current.kind !== 'list') return;
    const opened = openSearch();
    const rest = input.slice(slash + 1);
    if (rest) onSearchKey(opened, rest, key);
  });

  if (data.status === 'failed') return <ErrorMessage error={data.error} />;
  if (data.status === 'loading' && samples.length === 0) return <Text dimColor>Loading samples…</Text>;
  const editing = mode.kind === 'edit' ? byId(mode.id) : undefined;
  const reading = mode.kind === 'read' ? byId(mode.id) : undefined;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {tabs.map((t) => (
          <Text key={t} inverse={t === tab} color={splitColor(t)}>{` ${t} (${matching.filter((s) => tabOf(s) === t).length}) `}</Text>
        ))}
        <Text dimColor>{`  ${SORT_LABEL[sort]}`}</Text>
      </Text>
      {mode.kind === 'search' ? (
        <SearchField line={search.current} width={size.widthFor(1)} />
      ) : query ? (
        <Text dimColor wrap="truncate-end">{`search: ${clip(query, size.widthFor(36))} · ${matching.length} of ${samples.length} match (/ to change)`}</Text>
      ) : null}
      {parsed.problems.map((problem) => (
        <Text key={problem} color={color.warning}>{`! ${clip(problem, size.widthFor(3))}`}</Text>
      ))}
      {editing ? (
        <SampleEditor
          dbFile={dbFile}
          sample={editing}
          onDone={(savedNote) => {
            if (savedNote) saved(savedNote);
            setMode(mode.kind === 'edit' && mode.from === 'read' ? { kind: 'read', id: editing.id } : { kind: 'list' });
          }}
        />
      ) : reading ? (
        <SampleDetail sample={reading} />
      ) : (
        <Box flexDirection="column" marginTop={1}>
          {shown.length === 0 ? <Text dimColor>{query ? 'No sample here matches the search.' : 'No samples here.'}</Text> : null}
          {shown.slice(cursor.start, cursor.end).map((s, i) => (
            <Text key={s.id} color={cursor.start + i === cursor.index ? color.accent : undefined}>
              {cursor.start + i === cursor.index ? '❯ ' : '  '}
              {s.edited ? '✎ ' : ''}
              {clip(contentPreview(s), size.widthFor(3 + (s.edited ? 2 : 0) + tokensLabel(s).length))}
              <Text dimColor>{tokensLabel(s)}</Text>
            </Text>
          ))}
          {shown.length > visible ? <Text dimColor>{`  ${cursor.start + 1}-${cursor.end} of ${shown.length}`}</Text> : null}
        </Box>
      )}
      {note ? <Notice tone={note.tone}>{note.text}</Notice> : null}
    </Box>
  );
}

function tokensLabel(sample: StoredSample): string {
  return ` ${sample.tokenLength ?? '?'} tok`;
}

/** The rows a notice takes once the terminal wraps it. */
function noteRows(note: Note | undefined, columns: number): number {
  return note ? Math.ceil((note.text.length + 2) / columns) : 0;
}
