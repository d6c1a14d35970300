// The input files found, with type and size: Space includes/excludes one, a toggles all, f picks
// another folder, Enter goes on. The list is windowed to the terminal's rows and the names cut to its columns.
import { Box, Text } from 'ink';
import { useKeys } from '../../hooks/useKeys.js';
import { useReducer, useState } from 'react';
import type { InputFile } from '../../../core/app/types.js';
import { Notice } from '../../components/Notice.js';
import { useListCursor } from '../../hooks/useListCursor.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { formatBytes } from '../../../core/format-bytes.js';
import { clip } from '../../format.js';
import { color } from '../../theme.js';

const MOST_VISIBLE = 10;
/** Title, count line, note, scroll line, key help (two lines at 60 columns) and their margins. */
const RESERVED_ROWS = 11;
/** Cursor, check box, type and size columns of a row. */
const RESERVED_COLUMNS = 27;

function readable(file: InputFile): boolean {
  return !file.skip && file.format !== 'unknown';
}

type Action = { type: 'toggle'; relPath: string } | { type: 'all'; files: InputFile[] };

function reducer(picked: Set<string>, action: Action): Set<string> {
  if (action.type === 'toggle') {
    const next = new Set(picked);
    if (!next.delete(action.relPath)) next.add(action.relPath);
    return next;
  }
  const everything = action.files.filter(readable).map((f) => f.relPath);
  return picked.size === everything.length ? new Set() : new Set(everything);
}

interface Props {
  files: InputFile[];
  onDone: (include: string[] | undefined) => void;
  onFolder: () => void;
}

export function FilePicker({ files, onDone, onFolder }: Props) {
  const [picked, dispatch] = useReducer(reducer, files, (all) => new Set(all.filter(readable).map((f) => f.relPath)));
  const [problem, setProblem] = useState('');
  const size = useTerminalSize();
  const visible = Math.min(MOST_VISIBLE, size.rowsFor(RESERVED_ROWS));
  const nameWidth = Math.min(50, size.widthFor(RESERVED_COLUMNS));
  const cursor = useListCursor(files.length, visible);
  useKeys((input, key) => {
    if (input === ' ') dispatch({ type: 'toggle', relPath: files[cursor.currentIndex()].relPath });
    else if (input === 'a') dispatch({ type: 'all', files });
    else if (input === 'f') onFolder();
    else if (key.return) {
      if (picked.size === 0) return setProblem('Include at least one file (Space).');
      const include = files.filter((f) => picked.has(f.relPath)).map((f) => f.relPath);
      onDone(picked.size === files.length ? undefined : include);
    }
  });
  const bytes = files.filter((f) => picked.has(f.relPath)).reduce((sum, f) => sum + f.bytes, 0);
  return (
    <Box flexDirection="column">
      <Text>
        {picked.size} of {files.length} files included ({formatBytes(bytes)})
      </Text>
      {files.slice(cursor.start, cursor.end).map((file, i) => (
        <FileRow key={file.relPath} file={file} nameWidth={nameWidth} picked={picked.has(file.relPath)} current={cursor.start + i === cursor.index} />
      ))}
      {files.length > visible ? <Text dimColor>  {`${cursor.start + 1}-${cursor.end} of ${files.length}`}</Text> : null}
      {noteOf(files[cursor.index]) ? <Notice tone="warning">{noteOf(files[cursor.index])!}</Notice> : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
    </Box>
  );
}

function noteOf(file: InputFile): string | undefined {
  if (file.skip) return file.skip.reason;
  return file.format === 'unknown' ? 'Not a supported type: PDF, DOCX, XLSX, PPTX, CSV, TXT/MD, JSON(L).' : undefined;
}

function FileRow({ file, nameWidth, picked, current }: { file: InputFile; nameWidth: number; picked: boolean; current: boolean }) {
  const note = noteOf(file);
  return (
    <Text color={current ? color.accent : undefined} dimColor={!picked && !current}>
      {current ? '❯ ' : '  '}
      {picked ? '[x] ' : '[ ] '}
      {clip(file.relPath, nameWidth).padEnd(nameWidth)} {file.format.padEnd(8)} {formatBytes(file.bytes).padStart(8)}
      {note ? <Text color={color.warning}> !</Text> : null}
    </Text>
  );
}
