// The end-of-run summary: what was made, where it was written, what was skipped and why.
import path from 'node:path';
import { resumeCommand } from '../core/app/json.js';
import type { BuildResult } from '../core/app/types.js';
import { describeDecodingNote, splitReportNotes } from '../core/app/views.js';
import { displayName, escapeControls } from '../core/app/views.js';
import { printLine } from './output.js';

export function printBuildSummary(result: BuildResult, cwd: string): void {
  const split = result.split ? ` (${result.split.train} train / ${result.split.validation} validation)` : '';
  printLine(`Dataset ${result.datasetId} "${result.name}": ${result.samples} samples${split}`);
  for (const note of result.split ? splitReportNotes(result.split) : []) printLine(`  ${note}`);
  printLine(`Files read: ${result.filesRead}, skipped: ${result.skipped.length}`);
  for (const s of result.skipped) printLine(`  - ${displayName(s.file)}: ${escapeControls(s.reason)}`);
  for (const hint of new Set(result.skipped.map((s) => s.hint).filter(Boolean))) printLine(`  hint: ${hint}`);
  const decoding = result.decoding ?? [];
  if (decoding.length > 0) {
    printLine(`Text decoding: ${decoding.length} file(s) not read as plain UTF-8 (check their samples):`);
    for (const note of decoding) printLine(`  - ${describeDecodingNote(note)}`);
  }
  if (result.excluded > 0) printLine(`Excluded ${result.excluded} sample(s) that break the target's rules (see the stats file).`);
  const { errors, warnings, byRule } = result.findings;
  if (errors + warnings > 0) {
    const rules = Object.entries(byRule).map(([rule, n]) => `${rule} x${n}`).join(', ');
    printLine(`Validation: ${errors} error(s), ${warnings} warning(s): ${rules}`);
  } else {
    printLine('Validation: every example passes the target rules.');
  }
  for (const message of result.datasetErrors) printLine(`error: ${message}`);
  if (result.costUsd > 0) printLine(`Agent cost: $${result.costUsd.toFixed(4)}`);
  printLine('Written:');
  for (const file of Object.values(result.files)) if (file) printLine(`  ${path.relative(cwd, file) || file}`);
  if (result.status === 'partial') {
    const why = result.stopReason === 'budget' ? 'the cost cap (max_cost) was reached' : 'the agent LLM kept failing';
    printLine(`Partial: generation stopped early because ${why}. Continue with \`${resumeCommand(result.datasetId)}\`.`);
  }
  if (result.samples === 0) {
    printLine('No samples were produced. Check the skipped files above, or try --mode create with an agent LLM key.');
  }
}

/** Exit code of build/resume: 1 when nothing usable was made or the run stopped before its target. */
export function buildExitCode(result: BuildResult): number {
  return result.samples === 0 || result.datasetErrors.length > 0 || result.status === 'partial' ? 1 : 0;
}
