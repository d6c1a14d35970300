// Runs a command the way the dispatcher does and captures what it prints (stdout, stderr, exit code).
import { vi } from 'vitest';
import { reportError } from '../../src/commands/output.js';

export async function capture(command: (argv: string[]) => Promise<number>, argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await command(argv).catch(reportError);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}
