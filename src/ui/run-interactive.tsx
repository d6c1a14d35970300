// Entry of the interactive menu (lazy-loaded by cli.tsx): refuses politely without a terminal.
import { render } from 'ink';
import { App, CtrlC } from './App.js';
import { exitSummary, newExitReport } from './session/exit-report.js';

const NO_TTY = `ftdb's interactive menu needs a terminal: standard input is not a TTY here.
For scripts, pipes and CI use the headless command, for example:
  ftdb build --mode identify --input input_files --yes
Run \`ftdb build --help\` for every flag, or \`ftdb --help\` for the other commands.
`;

export async function runInteractive(cwd = process.cwd()): Promise<number> {
  if (!process.stdin.isTTY || typeof process.stdin.setRawMode !== 'function') {
    process.stderr.write(NO_TTY);
    return 2;
  }
  const report = newExitReport();
  // Ctrl-C is handled by the app (not Ink) so the exit code can say it: 130, like any interrupted program.
  const instance = render(<App cwd={cwd} exitReport={report} />, { exitOnCtrlC: false });
  let code = 0;
  try {
    await instance.waitUntilExit();
  } catch (error) {
    if (!(error instanceof CtrlC)) throw error;
    code = 130;
  }
  const lines = await exitSummary(report).catch(() => []); // the summary must not turn a clean exit into a crash
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  return code;
}
