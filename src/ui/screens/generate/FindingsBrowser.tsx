// Validation findings grouped by rule → the offending samples of a rule → one sample in full.
import { Box, Text } from 'ink';
import { datasetFindings } from '../../../core/app/datasets.js';
import type { StoredFinding, StoredSample } from '../../../core/app/types.js';
import { contentPreview, findingTotals } from '../../../core/app/views.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { clip } from '../../format.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useSteps } from '../../hooks/useSteps.js';
import { SampleDetail } from '../common/SampleDetail.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';

type Level = { at: 'rules' } | { at: 'samples'; rule: string } | { at: 'sample'; rule: string; sampleId: string };

function groupByRule(findings: StoredFinding[]): MenuItem<string>[] {
  const groups = new Map<string, StoredFinding[]>();
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return [...groups].map(([rule, list]) => {
    const { errors, warnings } = findingTotals(list);
    return {
      label: rule,
      value: rule,
      tag: errors ? `${errors + warnings} × error` : `${warnings} × warning`,
      tagTone: errors ? 'error' : 'warning',
      description: `${list[0].message}\nFix: ${list[0].fix}`,
    };
  });
}

export function FindingsBrowser({ dbFile, datasetId, onBack }: { dbFile: string; datasetId: string; onBack: () => void }) {
  const data = useAsync(() => datasetFindings(dbFile, datasetId), [dbFile, datasetId]);
  const { step, push, back } = useSteps<Level>({ at: 'rules' }, onBack);
  useEscape(back);
  if (data.status === 'loading') return <Text dimColor>Loading findings…</Text>;
  if (data.status === 'failed') return <ErrorMessage error={data.error} />;
  const { findings, samples } = data.value;
  if (findings.length === 0) return <Notice tone="success">Every example passes the target's rules.</Notice>;
  if (step.at === 'rules') {
    return <Menu items={groupByRule(findings)} onSelect={(rule) => push({ at: 'samples', rule })} />;
  }
  const ofRule = findings.filter((f) => f.rule === step.rule);
  if (step.at === 'samples') return <RuleSamples findings={ofRule} samples={samples} onPick={(sampleId) => push({ ...step, at: 'sample', sampleId })} />;
  const sample = samples.find((s) => s.id === step.sampleId)!;
  const finding = ofRule.find((f) => f.sampleId === sample.id) ?? ofRule.find((f) => f.everySample);
  return <SampleDetail sample={sample} note={finding ? `${finding.message} Fix: ${finding.fix}` : undefined} />;
}

function RuleSamples({ findings, samples, onPick }: { findings: StoredFinding[]; samples: StoredSample[]; onPick: (id: string) => void }) {
  const width = useTerminalSize().widthFor(4); // the cursor and a margin
  const byId = new Map(samples.map((s) => [s.id, s]));
  const seen = new Set<string>();
  // A warning stored once for every sample (no system message anywhere) lists every sample.
  const everySample = findings.find((f) => f.everySample);
  const items = everySample
    ? samples.map((s) => ({ label: clip(contentPreview(s), width), value: s.id, description: everySample.message }))
    : findings
        .filter((f) => f.sampleId && byId.has(f.sampleId) && !seen.has(f.sampleId) && Boolean(seen.add(f.sampleId)))
        .map((f) => ({ label: clip(contentPreview(byId.get(f.sampleId!)!), width), value: f.sampleId!, description: f.message }));
  const datasetLevel = findings.filter((f) => !f.sampleId && !f.everySample);
  return (
    <Box flexDirection="column">
      {datasetLevel.map((f, i) => (
        <Notice key={i} tone={f.severity === 'error' ? 'error' : 'warning'}>{`${f.message} Fix: ${f.fix}`}</Notice>
      ))}
      {items.length ? <Menu items={items} onSelect={onPick} limit={8} /> : null}
    </Box>
  );
}
