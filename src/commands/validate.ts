// `ftdb validate FILE.jsonl --provider P --model M [--json]`: check any JSONL against a target's rules.
import { ConfigError } from '../core/errors.js';
import { checkTrainable } from '../core/targets/lifecycle.js';
import { resolveTarget } from '../core/targets/registry.js';
import { describeReport } from '../core/targets/report-text.js';
import { validateJsonlFile } from '../core/targets/validate.js';
import { parseCommandArgs, requireOne } from './args.js';
import { logLine, printJson, printLine } from './output.js';

export const USAGE = 'ftdb validate FILE.jsonl --provider P --model M [--validation-file] [--allow-retired] [--json]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'validate',
    argv,
    {
      provider: { type: 'string' },
      model: { type: 'string' },
      'validation-file': { type: 'boolean' },
      'allow-retired': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    USAGE,
    true,
  );
  const file = requireOne(positionals, 'JSONL file', USAGE);
  if (!values.provider || !values.model) {
    throw new ConfigError('validate needs --provider and --model.', `Usage: ${USAGE}. See the targets with \`ftdb models\`.`);
  }
  const target = resolveTarget(values.provider, values.model);
  // Same gate as the build: a retired target exits 2; a coming cut-off is one warning line (stderr).
  const lifecycle = checkTrainable(target, { allowRetired: values['allow-retired'] });
  if (lifecycle) logLine(`warning: ${lifecycle}`);
  const role = values['validation-file'] ? 'validation' : 'train';
  const report = await validateJsonlFile(target, file, { role });
  if (values.json) {
    printJson({
      valid: report.valid,
      format: report.format,
      lifecycle_warning: lifecycle ?? null,
      examples: report.examples,
      findings: report.findings,
      tokens: {
        total: report.tokens.total,
        min: report.tokens.min,
        max: report.tokens.max,
        mean: report.tokens.mean,
        exact: report.tokens.exact,
      },
      estimated_cost_usd: report.estimatedCostUsd ?? null,
      billed_tokens: report.billedTokens ?? null,
      epochs: report.epochs ?? null,
      provider: target.provider,
      model: target.id,
      file,
      role,
    });
  } else {
    for (const line of describeReport(target, report, file)) printLine(line);
  }
  return report.valid ? 0 : 1;
}
