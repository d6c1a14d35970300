// Horizontal bar charts: one value per row, or train/validation side by side.
import { Box, Text } from 'ink';
import { clip } from '../format.js';
import { color } from '../theme.js';

const LABEL_WIDTH = 24;
const BAR_WIDTH = 30;

function bar(value: number, peak: number): string {
  if (value <= 0) return '';
  return '█'.repeat(Math.max(1, Math.round((value / Math.max(1, peak)) * BAR_WIDTH)));
}

export function BarChart({ rows, limit = 6 }: { rows: { label: string; value: number }[]; limit?: number }) {
  const shown = rows.slice(0, limit);
  const peak = Math.max(1, ...shown.map((row) => row.value));
  return (
    <Box flexDirection="column">
      {shown.map((row) => (
        <Text key={row.label}>
          {clip(row.label, LABEL_WIDTH).padEnd(LABEL_WIDTH)} <Text color={color.accent}>{bar(row.value, peak)}</Text> {row.value}
        </Text>
      ))}
      {rows.length > limit ? <Text dimColor>{`… ${rows.length - limit} more`}</Text> : null}
    </Box>
  );
}

export function SplitBarChart({ rows, limit = 6 }: { rows: { key: string; train: number; validation: number }[]; limit?: number }) {
  const shown = rows.slice(0, limit);
  const peak = Math.max(1, ...shown.map((row) => row.train + row.validation));
  return (
    <Box flexDirection="column">
      {shown.map((row) => (
        <Text key={row.key}>
          {clip(row.key, LABEL_WIDTH).padEnd(LABEL_WIDTH)} <Text color={color.train}>{bar(row.train, peak)}</Text>
          <Text color={color.validation}>{bar(row.validation, peak).replace(/█/g, '▒')}</Text> {row.train}/{row.validation}
        </Text>
      ))}
      {rows.length > limit ? <Text dimColor>{`… ${rows.length - limit} more`}</Text> : null}
      <Text dimColor>
        <Text color={color.train}>█</Text> train  <Text color={color.validation}>▒</Text> validation
      </Text>
    </Box>
  );
}
