// A real pseudo-terminal for end-to-end tests: one tmux server on a private socket per session, keys
// sent with send-keys, the screen read with capture-pane. The program runs without CI variables so
// Ink renders every frame as in a user's terminal.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export interface Terminal {
  /** The visible screen, as text. */
  screen(): string;
  /** The visible screen with its escape sequences (colours) kept. */
  screenWithEscapes(): string;
  /** Sends tmux key names (Enter, Down, Escape, Space) or literal text. */
  send(...keys: string[]): void;
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<string>;
  close(): void;
}

function terminalEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', ...extra };
  for (const key of Object.keys(env)) if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete env[key];
  return env;
}

const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;

export function openTerminal(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; columns?: number; rows?: number }): Terminal {
  const socket = `ftdb-e2e-${randomBytes(4).toString('hex')}`;
  const env = terminalEnv(options.env ?? {});
  const unset = ['CI', 'CONTINUOUS_INTEGRATION'].map((name) => `-u ${name}`).join(' ');
  // the pane stays open after the program ends, so its exit code can be read
  const command = `env ${unset} ${argv.map(quote).join(' ')}; echo "[exited with $?]"; sleep 600`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { env, encoding: 'utf8' });
  tmux('new-session', '-d', '-s', 'main', '-x', String(options.columns ?? 100), '-y', String(options.rows ?? 30), '-c', options.cwd, command);

  const terminal: Terminal = {
    screen: () => tmux('capture-pane', '-p', '-t', 'main'),
    screenWithEscapes: () => tmux('capture-pane', '-p', '-e', '-t', 'main'),
    send: (...keys) => {
      for (const key of keys) tmux('send-keys', '-t', 'main', key);
    },
    async waitFor(expected, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = terminal.screen();
        if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(expected)}. Screen:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
    },
  };
  return terminal;
}
