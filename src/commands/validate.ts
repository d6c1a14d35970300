// `ftdb validate FILE.jsonl --provider P --model M [--json]`: check any JSONL against a target's rules.
import { ConfigError } from '../core/errors.js';
import { validationJson } from '../core/app/json.js';
import { validateFile } from '../core/app/targets.js';
import { describeReport } from '../core/targets/report-text.js';
import { parseCommandArgs, requireOne } from './args.js';
import { printJson, printLine } from './output.js';

export const USAGE = 'ftdb validate FILE.jsonl --provider P --model M [--validation-file] [--json]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'validate',
    argv,
    { provider: { type: 'string' }, model: { type: 'string' }, 'validation-file': { type: 'boolean' }, json: { type: 'boolean' } },
    USAGE,
    true,
  );
  const file = requireOne(positionals, 'JSONL file', USAGE);
  if (!values.provider || !values.model) {
    throw new ConfigError('validate needs --provider and --model.', `Usage: ${USAGE}. See the targets with \`ftdb models\`.`);
  }
  const role = values['validation-file'] ? 'validation' : 'train';
  const { target, report } = await validateFile({ file, provider: values.provider, model: values.model, role });
  if (values.json) {
    printJson(validationJson(target, report, file, role));
  } else {
    for (const line of describeReport(target, report, file)) printLine(line);
  }
  return report.valid ? 0 : 1;
}
