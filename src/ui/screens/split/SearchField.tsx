// The review screen's search line, drawn from the line state the browser edits: the browser feeds
// every key to editLine itself, so "/sudo" in one read, or keys that arrive before a field could
// mount its own handler, all land in the search. The filters are named on two short lines, so they
// read at 60 columns too.
import { Box, Text } from 'ink';
import type { LineState } from '../../components/line-editing.js';
import { LineText } from '../../components/LineInput.js';

const LABEL = 'Search: ';

export function SearchField({ line, width }: { line: LineState; width: number }) {
  return (
    <Box flexDirection="column">
      <Box>
        <Text>{LABEL}</Text>
        <LineText state={line} fit={{ width: Math.max(10, width - LABEL.length), rows: 1 }} />
      </Box>
      <Text dimColor wrap="truncate-end">words · source:NAME · kw:WORD · origin:generated</Text>
      <Text dimColor wrap="truncate-end">tokens:&gt;200 · is:edited · Enter keep · Esc undo</Text>
    </Box>
  );
}
