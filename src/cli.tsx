// Entry point: `ftdb <command>` runs a headless command; `ftdb` alone opens the interactive menu.
// Kept tiny on purpose: everything else is imported only when needed, so start-up stays fast.
import type { Flags } from './commands/args.js';

interface Command {
  USAGE: string;
  FLAGS: Flags;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  build: () => import('./commands/build.js'),
  validate: () => import('./commands/validate.js'),
  list: () => import('./commands/list.js'),
  stats: () => import('./commands/stats.js'),
  export: () => import('./commands/export.js'),
  publish: () => import('./commands/publish.js'),
  split: () => import('./commands/split.js'),
  resume: () => import('./commands/resume.js'),
  status: () => import('./commands/status.js'),
  cancel: () => import('./commands/cancel.js'),
  models: () => import('./commands/models.js'),
  restore: () => import('./commands/restore.js'),
};

const HELP = `ftdb — build provider-ready fine-tuning datasets from your documents

Usage:
  ftdb                      open the interactive menu
  ftdb build [flags]        one headless run (ftdb build --help for the flags)
  ftdb validate FILE.jsonl --provider P --model M [--json]
  ftdb list [--json]        saved datasets
  ftdb stats ID [--json]    statistics of a dataset
  ftdb export ID [--out DIR] [--format jsonl,parquet] [--license ID] [--with-metadata] [--json]
  ftdb publish ID --repo OWNER/NAME [--private] [--license ID] [--with-metadata] [--json]
  ftdb split ID [--split 80/20] [--strategy random|weighted] [--weight-by source|keywords] [--seed N] [--json]
  ftdb resume ID [--batch] [--json]   continue an interrupted run (a batch run: poll and collect)
  ftdb status ID [--json]   where a run stands, each provider batch of a batch run
  ftdb cancel ID [--json]   cancel a batch run's provider batches still running
  ftdb models [--provider P] [--json]
  ftdb restore [BACKUP] [--list] [--json]  put a verified backup back in place of a damaged database

Exit codes: 0 success, 1 the data broke a rule or the run failed, 2 bad usage or configuration.`;

async function main(argv: string[]): Promise<number> {
  // NO_COLOR (no-color.org): set and non-empty means no colour anywhere. Ink's colour library only
  // reads FORCE_COLOR, so translate before it is first imported.
  if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    const { packageVersion } = await import('./core/version.js');
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const { reportError } = await import('./commands/output.js');
  try {
    if (command === undefined) {
      const { runInteractive } = await import('./ui/run-interactive.js');
      return await runInteractive();
    }
    const load = COMMANDS[command];
    if (!load) {
      process.stderr.write(`error: unknown command "${command}"\n\n${HELP}\n`);
      return 2;
    }
    const loaded = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      const { flagHelp } = await import('./commands/args.js');
      process.stdout.write(`Usage: ${loaded.USAGE}\n\nFlags:\n${flagHelp(loaded.FLAGS)}\n\nSee \`ftdb --help\` for all commands.\n`);
      return 0;
    }
    return await loaded.run(rest);
  } catch (error) {
    return reportError(error);
  }
}

// `ftdb list | head`: a reader that goes away early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ftdb hit a bug: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
