// The live run, shaped like Ink's jest example: finished files and warnings printed once (the app's
// one <Static>), a short live area with spinner, counts, rate, ETA and the latest samples; Esc cancels.
import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import { useEffect, useRef, useState } from 'react';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { Screen } from '../../components/Screen.js';
import { clip, formatCount, formatDuration, formatUsd } from '../../format.js';
import type { RunState } from '../../hooks/run-state.js';
import type { BudgetAnswer } from '../../hooks/useRun.js';
import { useStaticLog } from '../../session/static-log.js';

function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Sends the run's finished lines to the static log, each once (call it where the run lives). */
export function usePrintFinished<R>(run: RunState<R>): void {
  const append = useStaticLog();
  const printed = useRef(0);
  useEffect(() => {
    if (run.log.length < printed.current) printed.current = 0; // a new run started
    if (run.log.length === printed.current) return;
    append(run.log.slice(printed.current));
    printed.current = run.log.length;
  }, [run.log, append]);
}

export function RunView<R>({ run, onBudget }: { run: RunState<R>; onBudget: (a: BudgetAnswer) => void }) {
  const elapsed = useNow(1000) - run.startedAt;
  const p = run.progress;
  const perMinute = p && elapsed > 1000 ? (p.accepted / elapsed) * 60_000 : 0;
  return (
    <Screen title="Generate dataset › Running" help={['Esc or q cancel (what was accepted is kept)', 'again to quit']}>
      <Text>
        <Text color="cyan">
          <Spinner type="dots" />
        </Text>{' '}
        {run.cancelling ? 'Cancelling… finishing the current step' : run.stage || 'Starting'}
      </Text>
      {run.reading ? (
        <Text dimColor>
          Reading {clip(run.reading.file, 50)} ({run.reading.index + 1}/{run.reading.total})
        </Text>
      ) : null}
      {p ? (
        <Text>
          Samples {formatCount(p.accepted)}/{formatCount(p.target)}
          {p.tokens > 0 ? ` · agent tokens ${formatCount(p.tokens)}` : ''} · cost {formatUsd(p.costUsd)}
          {perMinute > 0 ? ` · ${perMinute.toFixed(1)}/min` : ''}
          {p.etaMs !== undefined ? ` · ETA ${formatDuration(p.etaMs)}` : ''}
        </Text>
      ) : null}
      {p && p.total > 0 ? <Text dimColor>Progress {p.done}/{p.total} · elapsed {formatDuration(elapsed)}</Text> : null}
      {run.previews.map((preview, i) => (
        <Text key={`${i}:${preview}`} dimColor>
          “{clip(preview, 72)}”
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
