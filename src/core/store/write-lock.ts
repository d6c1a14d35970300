// Writing to the store while another ftdb process may be writing too. Writers take the lock up front
// (BEGIN IMMEDIATE): a deferred transaction that reads first and upgrades to a write later fails at
// once with SQLITE_BUSY in WAL mode, without waiting. While the lock is held elsewhere we wait, tell
// the user once that we are waiting, and give up with a typed error after LOCK_WAIT_MS.
import { UserError } from '../errors.js';
import type { Db } from './database.js';

/** How long one attempt waits inside SQLite before we get control back to say that we are waiting. */
const LOCK_ATTEMPT_MS = 2_000;
/** The longest a writer waits for another process in total. */
const LOCK_WAIT_MS = 120_000;

type LockWaitListener = (message: string) => void;
let onLockWait: LockWaitListener = (message) => process.stderr.write(`${message}\n`);

/** Where "waiting for the database" goes (the CLI's stderr by default; the menu shows it its own way). */
export function setLockWaitListener(listener: LockWaitListener): void {
  onLockWait = listener;
}

export class DatabaseBusyError extends UserError {
  constructor(file: string, waitedMs: number, cause: unknown) {
    super(`Another ftdb process kept the database ${file} locked for ${Math.round(waitedMs / 1000)} s.`, {
      hint: 'Wait for the other build, split or export to finish (or stop it), then run this command again.',
      cause,
    });
    this.name = 'DatabaseBusyError';
  }
}

function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Runs `work` in one BEGIN IMMEDIATE transaction, waiting (visibly) while another process writes. */
export function writeTransaction<T>(db: Db, work: () => T, maxWaitMs = LOCK_WAIT_MS): T {
  const started = Date.now();
  let told = false;
  const previous = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${LOCK_ATTEMPT_MS}`);
  try {
    for (;;) {
      try {
        return db.transaction(work).immediate();
      } catch (error) {
        if (!isBusyError(error)) throw error;
        const waited = Date.now() - started;
        if (waited >= maxWaitMs) throw new DatabaseBusyError(db.name, waited, error);
        if (!told) onLockWait(`Waiting for another ftdb process to finish writing to ${db.name}…`);
        told = true;
        sleepSync(Math.min(250, maxWaitMs - waited));
      }
    }
  } finally {
    db.pragma(`busy_timeout = ${previous}`);
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
