// The dataset's distribution by source file and by keyword: totals, or train/validation per side.
import { Box, Text } from 'ink';
import { BarChart, SplitBarChart } from '../../components/BarChart.js';

export interface DistributionRow {
  key: string;
  total: number;
  train: number;
  validation: number;
}

export interface Distribution {
  bySource: DistributionRow[];
  byKeyword: DistributionRow[];
}

export function DistributionCharts({ distribution, perSide, limit = 5 }: { distribution: Distribution; perSide: boolean; limit?: number }) {
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
