// Accumulates findings and token statistics line by line, so a file can be checked while streaming.
import { createHash } from 'node:crypto';
import { estimateCost } from './cost.js';
import { checkDataset } from './rules/dataset-rules.js';
import { checkExampleFormat, checkTokens } from './rules/example-rules.js';
import type { Issue } from './rules/issue.js';
import { knownTokenCount, type TokenCounter } from './tokens.js';
import type { Finding, LineFormat, TargetModel } from './types.js';

export interface ValidationOptions {
  /** 'train' (default) or 'validation' (a validation file: its own limits, not billed). */
  role?: 'train' | 'validation';
  /** How many of the examples will be held out for validation (train role). */
  validationCount?: number;
  fileBytes?: number;
}

export interface ValidationReport {
  valid: boolean;
  /** The line format checked (open-weight hosts: detected from the first line). */
  format: LineFormat;
  examples: number;
  findings: Finding[];
  tokens: { total: number; min: number; max: number; mean: number; exact: boolean; perExample: number[] };
  estimatedCostUsd?: number;
  billedTokens?: number;
  epochs?: number;
}

export class DatasetValidator {
  private readonly findings: Finding[] = [];
  private readonly perExample: number[] = [];
  private readonly counted: number[] = [];
  private readonly firstLineOf = new Map<string, number>();
  private exact = true;
  private min = Infinity;
  private max = 0;

  constructor(
    private readonly target: TargetModel,
    private readonly countTokens: TokenCounter,
    private readonly options: ValidationOptions = {},
  ) {}

  get examples(): number {
    return this.perExample.length;
  }

  /** `knownTokens`: the example's token count when it was counted before (a stored sample). */
  add(line: number, example: unknown, duplicateKey: string, knownTokens?: number): void {
    this.checkDuplicate(line, duplicateKey);
    const issues = checkExampleFormat(this.target, example);
    let tokens = 0;
    if (typeof example === 'object' && example !== null && !Array.isArray(example)) {
      const record = example as Record<string, unknown>;
      const count = knownTokens === undefined ? this.countTokens(record) : knownTokenCount(this.target, record, knownTokens);
      tokens = count.tokens;
      this.exact &&= count.exact;
      this.counted.push(tokens);
      this.min = Math.min(this.min, tokens);
      this.max = Math.max(this.max, tokens);
      issues.push(...checkTokens(this.target, count));
    }
    this.perExample.push(tokens);
    this.report(line, issues);
  }

  addUnparsable(line: number, error: string): void {
    this.perExample.push(0);
    this.report(line, [
      {
        rule: 'invalid_json',
        severity: 'error',
        message: `The line is not valid JSON (${error}).`,
        fix: 'Write one complete JSON object per line, with no line breaks inside it.',
      },
    ]);
  }

  /** Records a finding about the file itself (a blank line, a byte-order mark). */
  note(line: number, issue: Issue): void {
    this.report(line, [issue]);
  }

  finish(fileBytes = this.options.fileBytes): ValidationReport {
    const role = this.options.role ?? 'train';
    const validationCount = role === 'train' ? Math.min(this.options.validationCount ?? 0, this.examples) : 0;
    const findings = [...this.findings, ...checkDataset(this.target, { role, examples: this.examples, validationCount, fileBytes })];
    findings.sort((a, b) => a.line - b.line);
    const total = this.counted.reduce((sum, t) => sum + t, 0);
    const report: ValidationReport = {
      valid: !findings.some((f) => f.severity === 'error'),
      format: this.target.format,
      examples: this.examples,
      findings,
      tokens: {
        total,
        min: this.counted.length ? this.min : 0,
        max: this.max,
        mean: this.counted.length ? Math.round(total / this.counted.length) : 0,
        exact: this.exact,
        perExample: this.perExample,
      },
    };
    return role === 'train' ? { ...report, ...estimateCost(this.target, this.counted, this.counted.length - validationCount) } : report;
  }

  private checkDuplicate(line: number, key: string): void {
    const hash = createHash('sha1').update(key).digest('base64');
    const first = this.firstLineOf.get(hash);
    if (first === undefined) {
      this.firstLineOf.set(hash, line);
      return;
    }
    this.report(line, [
      {
        rule: 'duplicate_line',
        severity: 'warning',
        message: `Same as line ${first}.`,
        fix: 'Remove the duplicate: repeated examples are over-weighted in training and can leak into validation.',
      },
    ]);
  }

  private report(line: number, issues: Issue[]): void {
    for (const i of issues) this.findings.push({ line, ...i });
  }
}
