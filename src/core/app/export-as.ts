// Use case of exporting a saved dataset in another target's format: every example is formatted for
// that target and validated against its rules and limits first; with any error nothing is written
// and the outcome says which rules broke and how often. Warnings are reported and do not block.
import { findDataset, withDatabaseAsync } from '../store/access.js';
import { targetExamples, targetFolderName, writeTargetJsonl } from '../export/target-jsonl.js';
import { checkTrainable } from '../targets/lifecycle.js';
import { listTargets, resolveTarget } from '../targets/registry.js';
import { validateExamples } from '../targets/validate.js';
import type { Finding } from '../targets/types.js';

export interface ExportAsOutcome {
  target: { provider: string; model: string; displayName: string };
  written: boolean;
  folder: string;
  files: { train?: string; validation?: string; dataset?: string };
  /** One line per broken rule: how many findings, and the first message. */
  errors: string[];
  warnings: string[];
}

/** The targets a dataset can be exported for: every trainable one except its own. */
export function otherTargets(own: { provider: string; model: string }): { provider: string; model: string; displayName: string }[] {
  const mine = resolveTarget(own.provider, own.model);
  return listTargets()
    .filter((t) => !(t.provider === mine.provider && t.id === mine.id))
    .map((t) => ({ provider: t.provider, model: t.id, displayName: t.displayName }));
}

function byRule(findings: Finding[]): string[] {
  const rules = new Map<string, { count: number; first: Finding }>();
  for (const f of findings) rules.set(f.rule, { count: (rules.get(f.rule)?.count ?? 0) + 1, first: rules.get(f.rule)?.first ?? f });
  return [...rules].map(([rule, { count, first }]) => `${rule} (${count}): ${first.message}${count > 1 ? ' …' : ''} ${first.fix}`);
}

export async function exportAsTarget(request: { dbFile: string; idOrName: string; outDir: string; provider: string; model: string }): Promise<ExportAsOutcome> {
  return withDatabaseAsync(request.dbFile, async (db) => {
    const dataset = findDataset(db, request.idOrName);
    const target = resolveTarget(request.provider, request.model);
    const cutoff = checkTrainable(target);
    const examples = targetExamples(db, dataset.id, target);
    const train = [...(examples.train ?? []), ...(examples.dataset ?? [])];
    const validation = examples.validation ?? [];
    const reports = [await validateExamples(target, train, { role: 'train' })];
    if (validation.length > 0) reports.push(await validateExamples(target, validation, { role: 'validation' }));
    const findings = reports.flatMap((r) => r.findings);
    const errors = byRule(findings.filter((f) => f.severity === 'error'));
    const warnings = [...(cutoff ? [cutoff] : []), ...byRule(findings.filter((f) => f.severity === 'warning'))];
    const folder = targetFolderName(dataset.name, target);
    const files = errors.length === 0 ? writeTargetJsonl(request.outDir, { folder, datasetName: dataset.name }, examples) : {};
    return { target: { provider: target.provider, model: target.id, displayName: target.displayName }, written: errors.length === 0, folder, files, errors, warnings };
  });
}
