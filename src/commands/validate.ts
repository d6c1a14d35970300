// `ftdb validate FILE.jsonl --provider P --model M [--json]`: check any JSONL against a target's rules.
import { ConfigError } from '../core/errors.js';
import { validationJson } from '../core/app/json.js';
import { validateFile } from '../core/app/targets.js';
import { describeReport } from '../core/targets/report-text.js';
import { parseCommandArgs, requireOne, type Flags } from './args.js';
import { JSON_FLAG } from './common-flags.js';
import { logLine, printJson, printLine } from './output.js';

export const USAGE = 'ftdb validate FILE.jsonl --provider P --model M [--validation-file] [--allow-retired] [--json]';
export const FLAGS = {
  provider: { type: 'string', value: 'P', help: 'the target provider (required)' },
  model: { type: 'string', value: 'M', help: 'the target model id or alias (required; see `ftdb models`)' },
  'validation-file': { type: 'boolean', help: "check the file as a validation file (the target's validation limits)" },
  'allow-retired': { type: 'boolean', help: 'check against a target past its shutdown date' },
  ...JSON_FLAG,
} as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, FLAGS, USAGE, true);
  const file = requireOne(positionals, 'JSONL file', USAGE);
  if (!values.provider || !values.model) {
    throw new ConfigError('validate needs --provider and --model.', `Usage: ${USAGE}. See the targets with \`ftdb models\`.`);
  }
  const role = values['validation-file'] ? 'validation' : 'train';
  const { target, report, lifecycleWarning } = await validateFile({
    file,
    provider: values.provider,
    model: values.model,
    role,
    allowRetired: values['allow-retired'],
  });
  // Same gate as the build: a retired target exits 2; a coming cut-off is one warning line (stderr).
  if (lifecycleWarning) logLine(`warning: ${lifecycleWarning}`);
  if (values.json) {
    printJson(validationJson(target, report, file, role, lifecycleWarning));
  } else {
    for (const line of describeReport(target, report, file)) printLine(line);
  }
  return report.valid ? 0 : 1;
}
