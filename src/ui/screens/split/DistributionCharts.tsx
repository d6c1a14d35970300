// The dataset's distribution by source file and by keyword: totals, or train/validation per side.
// Each chart gets half the rows the screen leaves (`reserve`: what the rest of the screen takes).
import { Box, Text } from 'ink';
import { BarChart, SplitBarChart } from '../../components/BarChart.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';

export interface DistributionRow {
  key: string;
  total: number;
  train: number;
  validation: number;
}

interface Distribution {
  bySource: DistributionRow[];
  byKeyword: DistributionRow[];
}

interface Props {
  distribution: Distribution;
  perSide: boolean;
  /** Rows per chart at most. */
  limit?: number;
  reserve: number;
}

/** Two headings, two "… N more" lines and, per side, two legends. */
const CHART_FRAME_ROWS = 4;

export function DistributionCharts({ distribution, perSide, limit: most = 5, reserve }: Props) {
  const room = useTerminalSize().rowsFor(reserve + CHART_FRAME_ROWS + (perSide ? 2 : 0), 2);
  const limit = Math.max(1, Math.min(most, Math.floor(room / 2)));
  const chart = (rows: DistributionRow[]) =>
    perSide ? <SplitBarChart rows={rows} limit={limit} /> : <BarChart rows={rows.map((r) => ({ label: r.key, value: r.total }))} limit={limit} />;
  return (
    <Box flexDirection="column">
      <Text bold>By source file</Text>
      {chart(distribution.bySource)}
      <Text bold>By keyword</Text>
      {distribution.byKeyword.length ? chart(distribution.byKeyword) : <Text dimColor>no keywords yet</Text>}
    </Box>
  );
}
