// Time to first frame of the interactive menu (`node dist/cli.js`, bundled) in a real pseudo-terminal,
// against a bare Ink hello-world measured in the same run. Target: ratio <= 1.0.
// Run: npx tsx bench/startup.ts   (builds dist/ first)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 15;
const TIMEOUT_MS = 15_000;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?]*[ -/]*[@-~]/g;

/** Environment of a user's terminal: no CI variables (Ink would render only the last frame). */
function terminalEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', ...extra };
  for (const key of Object.keys(env)) if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete env[key];
  return env;
}

/** Milliseconds from spawn until each of `marks` is on the pseudo-terminal `script` gives the program. */
function timeTo(args: string[], cwd: string, marks: string[], env: NodeJS.ProcessEnv): Promise<number[]> {
  return new Promise((resolve, reject) => {
    // script's pseudo-terminal starts at 0x0: give it a real size first, then exec the program
    const program = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const command = `stty cols 100 rows 30; exec ${program}`;
    const started = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env, stdio: ['pipe', 'pipe', 'inherit'], detached: true });
    let seen = '';
    const times: number[] = [];
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no "${marks[times.length]}" within ${TIMEOUT_MS} ms; output: ${seen.slice(-500)}`));
    }, TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8').replace(ANSI, '');
      while (times.length < marks.length && seen.includes(marks[times.length])) times.push(performance.now() - started);
      if (times.length === marks.length) {
        clearTimeout(timer);
        stop();
        resolve(times);
      }
    });
    child.on('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

async function main(): Promise<void> {
  // --cli FILE measures another build (e.g. to compare bundling options); default: build dist/ now
  const given = process.argv.indexOf('--cli');
  const cli = given > 0 ? path.resolve(process.argv[given + 1]) : path.join(ROOT, 'dist/cli.js');
  if (given < 0) execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-startup-'));
  const prefs = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-prefs-'));
  const env = terminalEnv({ FTDB_PREFS_DIR: prefs });
  // first frame: the menu is drawn; ready: config.yaml, .env and preferences are read (header filled in)
  const ftdb = { args: [cli], marks: ['Configure dataset', ' samples · '] };
  const hello = { args: [path.join(ROOT, 'bench/fixtures/ink-hello.mjs')], marks: ['Hello world'] };

  // one warm-up each (disk cache), then alternate so drift hits both the same way
  await timeTo(ftdb.args, workspace, ftdb.marks, env);
  await timeTo(hello.args, workspace, hello.marks, env);
  const times = { ftdb: [] as number[], ready: [] as number[], hello: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    times.hello.push((await timeTo(hello.args, workspace, hello.marks, env))[0]);
    const [first, ready] = await timeTo(ftdb.args, workspace, ftdb.marks, env);
    times.ftdb.push(first);
    times.ready.push(ready);
  }
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(prefs, { recursive: true, force: true });

  const row = (name: string, xs: number[]) =>
    `${name.padEnd(34)} median ${median(xs).toFixed(0).padStart(4)} ms   mean ${mean(xs).toFixed(0).padStart(4)} ms   min ${Math.min(...xs).toFixed(0).padStart(4)} ms`;
  const ratio = median(times.ftdb) / median(times.hello);
  console.log(`Time to first frame in a pseudo-terminal (script), ${RUNS} runs each, Node ${process.version}`);
  console.log(row('bare Ink hello-world (baseline)', times.hello));
  console.log(row(`ftdb main menu (${path.relative(ROOT, cli)})`, times.ftdb));
  console.log(row('ftdb menu with config read', times.ready));
  console.log(`ratio ftdb / hello-world (medians): ${ratio.toFixed(2)}  (target <= 1.00) ${ratio <= 1 ? 'OK' : 'ABOVE TARGET'}`);
}

await main();
