// Entry of the interactive menu (lazy-loaded by cli.tsx): refuses politely without a terminal.
import { render } from 'ink';
import { App, CtrlC } from './App.js';

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
  // Ctrl-C is handled by the app (not Ink) so the exit code can say it: 130, like any interrupted program.
  const instance = render(<App cwd={cwd} />, { exitOnCtrlC: false });
  try {
    await instance.waitUntilExit();
  } catch (error) {
    if (error instanceof CtrlC) return 130;
    throw error;
  }
  return 0;
}
