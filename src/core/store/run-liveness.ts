// Whether the process that started a run is still alive. A run killed with SIGTERM or `kill -9`
// never writes its end, so its row says "running" forever; the pid plus the process's start time
// (the pid alone may have been reused by another program) tell a live run from an interrupted one.
import fs from 'node:fs';

/** An identity of this process that survives pid reuse: Linux's start tick from /proc, else the start time. */
export function currentProcessStart(): string {
  return processStartOf(process.pid) ?? new Date(Date.now() - process.uptime() * 1000).toISOString().slice(0, 19);
}

export function isProcessAlive(pid: number | null, recordedStart: string | null): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is alive.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStartOf(pid);
  return start === undefined || recordedStart === null || /^\d+$/.test(recordedStart) === false || start === recordedStart;
}

/** Field 22 of /proc/PID/stat (start time in clock ticks since boot), or undefined off Linux. */
function processStartOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
