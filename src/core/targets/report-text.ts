// A validation report as plain-text lines, in the spirit of OpenAI's cookbook checker.
import type { ValidationReport } from './dataset-validator.js';
import { statusOf } from './lifecycle.js';
import { COUNT_KIND_LABEL, countKind, hasExactTokens } from './tokens.js';
import type { Finding, TargetModel } from './types.js';

const SHOWN_FINDINGS = 30;
const n = (value: number) => value.toLocaleString('en-US');

export function describeStatus(target: TargetModel): string | undefined {
  const status = statusOf(target);
  if (status === 'active') return target.statusNote;
  return `${status}${target.statusDate ? ` (${target.statusDate})` : ''}: ${target.statusNote ?? ''}`.trim();
}

export function describeReport(target: TargetModel, report: ValidationReport, file: string): string[] {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const lines = [`${file}: ${n(report.examples)} examples checked against ${target.displayName} (${target.provider}/${target.id})`];
  const status = describeStatus(target);
  if (status) lines.push(`Note: ${status}`);
  lines.push('', `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
  lines.push(...countsByRule('Errors by rule', errors), ...countsByRule('Warnings by rule', warnings));
  if (report.findings.length > 0) {
    lines.push('', 'Findings (line, rule, what to do):');
    for (const f of report.findings.slice(0, SHOWN_FINDINGS)) lines.push(...describeFinding(f));
    if (report.findings.length > SHOWN_FINDINGS) lines.push(`  ... ${report.findings.length - SHOWN_FINDINGS} more (use --json for all)`);
  }
  lines.push('', ...tokenLines(target, report), ...costLines(target, report));
  return lines;
}

function countsByRule(title: string, findings: Finding[]): string[] {
  if (findings.length === 0) return [];
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const width = Math.max(...[...counts.keys()].map((k) => k.length));
  return [`${title}:`, ...[...counts].map(([rule, count]) => `  ${rule.padEnd(width)}  ${count}`)];
}

function describeFinding(f: Finding): string[] {
  const where = f.line === 0 ? 'dataset' : `line ${f.line}`;
  return [`  ${where} ${f.severity} ${f.rule}: ${f.message}`, `      fix: ${f.fix}`];
}

function tokenLines(target: TargetModel, report: ValidationReport): string[] {
  const t = report.tokens;
  const how = t.exact
    ? `exact, ${target.tokenizer} with chat framing`
    : hasExactTokens(target)
      ? 'approximate for tool calls or images'
      : COUNT_KIND_LABEL[countKind(target)];
  const sorted = t.perExample.filter((v) => v > 0).sort((a, b) => a - b);
  const pct = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
  const over = sorted.filter((v) => v > target.maxTokensPerExample).length;
  const consequence = target.overLimit === 'truncate' ? 'truncated in training' : 'rejected';
  return [
    `Tokens per example (${how}):`,
    `  min ${n(t.min)}, p50 ${n(pct(50))}, p95 ${n(pct(95))}, max ${n(t.max)}, mean ${n(t.mean)}, total ${n(t.total)}`,
    `  ${n(over)} example${over === 1 ? '' : 's'} over the ${n(target.maxTokensPerExample)}-token limit (${consequence})`,
  ];
}

function costLines(target: TargetModel, report: ValidationReport): string[] {
  if (report.billedTokens === undefined) return [];
  const epochs = report.epochs === undefined ? 'unknown epochs' : `${report.epochs} epoch${report.epochs === 1 ? '' : 's'}`;
  const lines = ['', `Training: ~${n(report.billedTokens)} billed tokens per epoch x ${epochs} (default)`];
  if (report.estimatedCostUsd !== undefined) {
    lines.push(
      `  estimated cost: ~$${report.estimatedCostUsd.toFixed(2)} at $${target.trainingPricePerMTok!.toFixed(2)} per 1M training tokens`,
    );
  } else {
    lines.push('  no public training price for this target: cost not estimated');
  }
  return lines;
}
