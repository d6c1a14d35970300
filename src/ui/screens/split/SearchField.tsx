// The review screen's search line, drawn from the line state the browser edits: the browser feeds
// every key to editLine itself, so "/sudo" in one read, or keys that arrive before a field could
// mount its own handler, all land in the search.
import { Box, Text } from 'ink';
import type { LineState } from '../../components/line-editing.js';
import { LineText } from '../../components/LineInput.js';

export function SearchField({ line }: { line: LineState }) {
  return (
    <Box flexDirection="column">
      <Box>
        <Text>Search: </Text>
        <LineText state={line} />
      </Box>
      <Text dimColor>words · source:NAME · kw:WORD · origin:generated · tokens:&gt;200 · is:edited · Enter keep · Esc undo</Text>
    </Box>
  );
}
