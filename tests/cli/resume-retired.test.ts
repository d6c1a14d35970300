// A dataset whose target retired after it was built: `ftdb resume` refuses it like `ftdb build`
// (exit 2, with the date), and `--allow-retired` continues anyway and says so. FTDB_TODAY moves
// "today" past gpt-4o-mini's training cut-off (new jobs stop 2027-01-06, OpenAI's deprecations page).
import { describe, expect, it } from 'vitest';
import { runCli, sampleWorkspace } from './cli-helpers.js';

describe('ftdb resume for a target that has since retired', () => {
  it('refuses with exit 2 and the date, and --allow-retired continues', () => {
    const cwd = sampleWorkspace();
    const built = runCli(['build', '--mode', 'identify', '--provider', 'openai', '--model', 'gpt-4o-mini', '--yes', '--json', '--quiet'], cwd, {
      FTDB_TODAY: '2026-12-01',
    });
    expect(built.code).toBe(0);
    const id = (JSON.parse(built.stdout) as { dataset_id: string }).dataset_id;

    const later = { FTDB_TODAY: '2027-02-01' };
    const refused = runCli(['resume', id, '--quiet'], cwd, later);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('2027-01-06');

    const allowed = runCli(['resume', id, '--allow-retired', '--json', '--quiet'], cwd, later);
    expect(allowed.code).toBe(0);
    expect((JSON.parse(allowed.stdout) as { dataset_id: string }).dataset_id).toBe(id);
    expect(allowed.stderr).toMatch(/retired|shut down/i);
  });
});
