// The pure parts behind the screens: run state from pipeline events, next-step logic, review moves.
import { describe, expect, it } from 'vitest';
import type { StoredSample } from '../../src/core/store/samples.js';
import { initialRun, runReducer, type RunState } from '../../src/ui/hooks/run-state.js';
import { etaLeft, phaseSummary, progressBar } from '../../src/ui/screens/generate/run-summary.js';
import { clip, ratioLabel, wrapText } from '../../src/ui/format.js';
import { parseSize } from '../../src/ui/screens/configure/SizeStep.js';
import { excludeToggle, moveTarget, tabsFor } from '../../src/ui/screens/split/sample-tabs.js';
import { initialSession, nextStep, sessionReducer } from '../../src/ui/session/session-state.js';
import { defaultConfig } from '../../src/core/config/schema.js';

describe('run state', () => {
  const started = () => runReducer(initialRun<number>(), { type: 'start', at: 1 });

  it('turns finished and skipped files and warnings into log lines, and tracks the file being read', () => {
    let state: RunState<number> = started();
    state = runReducer(state, { type: 'event', at: 2, event: { type: 'ingest', event: { type: 'file-start', file: 'a.pdf', index: 0, total: 2, bytes: 9 } } });
    expect(state.reading).toEqual({ file: 'a.pdf', index: 0, total: 2 });
    state = runReducer(state, { type: 'event', at: 2, event: { type: 'ingest', event: { type: 'file-done', file: 'a.pdf', index: 0, total: 2, ms: 12 } } });
    state = runReducer(state, {
      type: 'event',
      at: 2,
      event: { type: 'ingest', event: { type: 'file-skipped', file: 'b.pdf', index: 1, total: 2, kind: 'encrypted', reason: 'Password protected.' } },
    });
    state = runReducer(state, { type: 'event', at: 2, event: { type: 'warning', message: 'Capped.' } });
    expect(state.reading).toBeUndefined();
    expect(state.log.map((l) => [l.tone, l.text])).toEqual([
      ['success', 'a.pdf  read in 12 ms'],
      ['warning', 'b.pdf  skipped: Password protected.'],
      ['warning', 'Capped.'],
    ]);
  });

  it('keeps the three latest distinct previews, newest first', () => {
    let state = started();
    for (const preview of ['one', 'two', 'two', 'three', 'four']) {
      state = runReducer(state, { type: 'event', at: 2, event: { type: 'generation', progress: { accepted: 1, target: 5, tokens: 0, costUsd: 0, done: 0, total: 1, preview } } });
    }
    expect(state.previews).toEqual(['four', 'three', 'two']);
  });

  it('counts the reading phase, holds a retry wait until the next progress, and keeps the agent endpoint', () => {
    let state: RunState<number> = started();
    state = runReducer(state, { type: 'event', at: 100, event: { type: 'ingest', event: { type: 'file-start', file: 'a.md', index: 0, total: 2, bytes: 9 } } });
    state = runReducer(state, { type: 'event', at: 400, event: { type: 'ingest', event: { type: 'file-done', file: 'a.md', index: 0, total: 2, ms: 300 } } });
    state = runReducer(state, {
      type: 'event',
      at: 900,
      event: { type: 'ingest', event: { type: 'file-skipped', file: 'b.pdf', index: 1, total: 2, kind: 'encrypted', reason: 'Password protected.' } },
    });
    expect(state.files).toEqual({ read: 1, skipped: 1, startedAt: 100, endedAt: 900 });
    const agent = { provider: 'openai', model: 'gpt-4o-mini', endpoint: 'http://127.0.0.1:9/v1' };
    state = runReducer(state, { type: 'event', at: 1000, event: { type: 'stage', stage: 'generate', message: 'writing', agent } });
    state = runReducer(state, { type: 'event', at: 2000, event: { type: 'warning', message: 'Rate-limited', retry: { delayMs: 5000, rateLimited: true } } });
    expect(state.retry).toEqual({ message: 'Rate-limited', until: 7000, rateLimited: true });
    state = runReducer(state, { type: 'event', at: 2500, event: { type: 'stage', stage: 'generate', message: 'still writing' } });
    expect(state.agent).toEqual(agent);
    expect(state.retry?.until).toBe(7000);
    state = runReducer(state, { type: 'event', at: 8000, event: { type: 'generation', progress: { accepted: 2, target: 5, tokens: 0, costUsd: 0, done: 1, total: 3, etaMs: 9000 } } });
    expect(state.retry).toBeUndefined();
    expect(state.progressAt).toBe(8000);
  });

  it('ignores events after the run ended and marks a cancel', () => {
    let state = runReducer(started(), { type: 'failed', error: new Error('x'), cancelled: true });
    state = runReducer(state, { type: 'event', at: 2, event: { type: 'warning', message: 'late' } });
    expect(state.status).toBe('cancelled');
    expect(state.log).toEqual([]);
  });
});

describe('run summary', () => {
  const progress = { accepted: 50, target: 60, tokens: 0, costUsd: 0, done: 3, total: 9, etaMs: 10_000 };
  const run = { files: { read: 14, skipped: 1, startedAt: 1_000, endedAt: 10_000 }, progress, progressAt: 20_000 };

  it('says what each phase did: files read and how long, candidates found, samples kept', () => {
    expect(phaseSummary({ ...run, progress: { ...progress, found: 136 } })).toBe('read 14 files in 9s (1 skipped) · found 136 · kept 50');
    // the agent modes: found = kept + dropped by the quality checks
    expect(phaseSummary({ ...run, progress: { ...progress, dropped: { duplicate: 3, ungrounded: 2 } } })).toBe('read 14 files in 9s (1 skipped) · found 55 · kept 50');
    expect(phaseSummary({ files: { read: 0, skipped: 0 }, reading: { file: 'a.pdf', index: 1, total: 4 } })).toBe('reading file 2 of 4');
  });

  it('counts the ETA down from the last progress and adds what a retry still waits', () => {
    expect(etaLeft(run, 23_000)).toBe(7_000);
    expect(etaLeft({ ...run, retry: { message: 'Rate-limited', until: 28_000, rateLimited: true } }, 23_000)).toBe(12_000);
    expect(etaLeft(run, 99_000)).toBe(0);
    expect(etaLeft({ ...run, progress: { ...progress, etaMs: undefined } }, 23_000)).toBeUndefined();
  });

  it('draws the bar to the width it is given', () => {
    expect(progressBar(0.5, 10)).toBe('█████░░░░░ 50%');
    expect(progressBar(1, 4)).toBe('████ 100%');
  });
});

describe('next step on the main menu', () => {
  it('follows Configure → Generate → Split → Export → Exit, and a new dataset restarts review and export', () => {
    let state = initialSession(defaultConfig());
    const seen = [nextStep(state)];
    for (const step of ['configure', 'generate', 'split', 'export'] as const) {
      state = sessionReducer(state, { type: 'step-done', step });
      seen.push(nextStep(state));
    }
    expect(seen).toEqual(['configure', 'generate', 'split', 'export', 'exit']);
    state = sessionReducer(state, { type: 'step-done', step: 'generate', datasetId: 'ds-2' });
    expect(nextStep(state)).toBe('split');
    expect(state.datasetId).toBe('ds-2');
  });

  it('in a new session, splitting an earlier dataset makes Export next (not Configure)', () => {
    let state = initialSession(defaultConfig());
    state = sessionReducer(state, { type: 'step-done', step: 'split', datasetId: 'ds-1' });
    expect(nextStep(state)).toBe('export');
    state = sessionReducer(state, { type: 'step-done', step: 'export' });
    expect(nextStep(state)).toBe('exit');
  });
});

describe('review moves', () => {
  const sample = (split: StoredSample['split'], splitOverride: StoredSample['splitOverride'] = null) => ({ split, splitOverride }) as StoredSample;

  it('moves to the other side, and moving back clears the manual choice', () => {
    expect(moveTarget(sample('train'))).toBe('validation');
    expect(moveTarget(sample('train', 'validation'))).toBeNull();
    expect(moveTarget(sample(null))).toBeUndefined();
  });

  it('keeps samples the validation excluded out, restores manual exclusions', () => {
    expect(excludeToggle(sample('train'))).toEqual({ override: 'excluded' });
    expect(excludeToggle(sample('train', 'excluded'))).toEqual({ override: null });
    expect(excludeToggle(sample('excluded'))).toHaveProperty('blocked');
  });

  it('offers train/validation tabs for a split dataset and one tab for an unsplit one', () => {
    expect(tabsFor([sample('train'), sample('validation')])).toEqual(['train', 'validation', 'excluded']);
    expect(tabsFor([sample(null), sample(null)])).toEqual(['unsplit', 'excluded']);
  });
});

describe('text helpers', () => {
  it('wraps on words, cuts words longer than the width, and keeps paragraphs', () => {
    expect(wrapText('aaa bbb ccc\n\nddd', 7)).toEqual(['aaa bbb', 'ccc', '', 'ddd']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('clips to one line and labels ratios', () => {
    expect(clip('a\n b   c', 10)).toBe('a b c');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
    expect(ratioLabel(0.85)).toBe('85/15');
  });

  it('reads sizes with separators and refuses the rest', () => {
    expect(parseSize('1,000')).toBe(1000);
    expect(parseSize('0')).toBeUndefined();
    expect(parseSize('12q')).toBeUndefined();
  });
});
