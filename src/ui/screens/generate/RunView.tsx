// The live run: spinner and stage, a progress bar, counts with rate and ETA, the per-phase summary, a
// retry or rate-limit wait counting down, the agent's endpoint, and the latest log lines and samples,
// all inside the screen (nothing is printed above it to stay on later screens). Sized to the terminal.
import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import { useEffect, useState } from 'react';
import { scrubSecrets } from '../../../core/scrub-secrets.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { Screen } from '../../components/Screen.js';
import { clip, formatCount, formatDuration, formatUsd } from '../../format.js';
import type { RunState } from '../../hooks/run-state.js';
import type { BudgetAnswer } from '../../hooks/useRun.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { etaLeft, phaseSummary, progressBar, progressFraction } from './run-summary.js';

function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Rows of the run view besides the log and the previews (title, stage, bar, counts, summary, help...). */
const FIXED_ROWS = 14;

export function RunView<R>({ run, onBudget }: { run: RunState<R>; onBudget: (a: BudgetAnswer) => void }) {
  const now = useNow(1000);
  const size = useTerminalSize();
  const width = size.widthFor(2);
  const elapsed = now - run.startedAt;
  const p = run.progress;
  const perMinute = p && elapsed > 1000 ? (p.accepted / elapsed) * 60_000 : 0;
  const eta = etaLeft(run, now);
  const fraction = progressFraction(run);
  const waitLeft = run.retry ? Math.max(0, run.retry.until - now) : 0;
  // the budget question needs the room of the log; a short terminal shows one preview, a tall one three
  const logRows = run.budget ? 0 : Math.min(5, size.rowsFor(FIXED_ROWS + (run.retry ? 1 : 0) + (run.agent ? 1 : 0), 0));
  const recent = logRows > 0 ? run.log.slice(-logRows) : [];
  const previews = run.previews.slice(0, size.rows >= 30 ? 3 : 1);
  return (
    <Screen title="Generate dataset › Running" help={['Esc or q cancel (what was accepted is kept)', 'again to quit']}>
      <Text wrap="truncate-end">
        <Text color="cyan">
          <Spinner type="dots" />
        </Text>{' '}
        {run.cancelling ? 'Cancelling… finishing the current step' : run.stage || 'Starting'}
      </Text>
      {fraction !== undefined ? <Text color="cyan">{progressBar(fraction, Math.min(40, size.widthFor(8, 10)))}</Text> : null}
      {run.reading ? <Text dimColor wrap="truncate-end">{`Reading ${clip(run.reading.file, width - 16)} (${run.reading.index + 1}/${run.reading.total})`}</Text> : null}
      {p ? (
        <Text>
          Samples {formatCount(p.accepted)}/{formatCount(p.target)}
          {p.tokens > 0 ? ` · agent tokens ${formatCount(p.tokens)}` : ''} · cost {formatUsd(p.costUsd)}
          {perMinute > 0 ? ` · ${perMinute.toFixed(1)}/min` : ''}
          {eta !== undefined ? ` · ETA ${formatDuration(eta)}` : ''}
        </Text>
      ) : null}
      <Text dimColor>{[phaseSummary(run), `elapsed ${formatDuration(elapsed)}`].filter(Boolean).join(' · ')}</Text>
      {run.retry ? (
        <Text color="yellow">{`${run.retry.rateLimited ? '⏳ Rate-limited: ' : '↻ '}${waitLeft > 0 ? `retrying in ${formatDuration(waitLeft)}` : 'retrying now'} · ${clip(run.retry.message, width - 30)}`}</Text>
      ) : null}
      {run.agent ? <Text dimColor wrap="truncate-end">{`Agent ${run.agent.provider}/${run.agent.model} at ${scrubSecrets(run.agent.endpoint)}`}</Text> : null}
      {recent.map((line, i) => (
        <Text key={`${i}:${line.text}`} color={line.tone === 'warning' ? 'yellow' : undefined} dimColor={line.tone !== 'warning'}>
          {clip(line.text, width)}
        </Text>
      ))}
      {previews.map((preview, i) => (
        <Text key={`${i}:${preview}`} dimColor>
          “{clip(preview, width - 2)}”
        </Text>
      ))}
      {run.budget ? (
        <Box flexDirection="column" marginTop={1}>
          <Notice tone="warning">{`${formatUsd(run.budget.spentUsd)} spent: the budget of ${formatUsd(run.budget.capUsd)} (system.max_cost) is reached.`}</Notice>
          <Menu
            items={[
              { label: 'Stop here (keep what was accepted)', value: 'stop' },
              { label: 'Continue past the budget', value: 'continue' },
            ]}
            onSelect={(value) => onBudget(value as BudgetAnswer)}
          />
        </Box>
      ) : null}
    </Screen>
  );
}
