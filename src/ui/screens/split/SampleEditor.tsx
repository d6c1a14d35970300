// Editing one sample's turns in place: pick a turn, edit it on one line (a line break shows as ⏎),
// Enter checks it against the target and stores it; an edit that breaks a rule is not stored and
// stays in the field to fix. Esc goes back one level (field → turn list → the browser). A long turn
// shows in a window of the terminal's width that follows the cursor.
import { Box, Text } from 'ink';
import { useState } from 'react';
import { editSample, LINE_BREAK_MARK, lineAsTurn, turnAsLine, withTurnEdited, type EditOutcome } from '../../../core/app/sample-edit.js';
import type { StoredSample } from '../../../core/app/types.js';
import { LineInput } from '../../components/LineInput.js';
import { Menu } from '../../components/Menu.js';
import { describeError } from '../../errors.js';
import { clip } from '../../format.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { useTextEntry } from '../../session/keyboard.js';
import { color } from '../../theme.js';


function turnsOf(sample: StoredSample): { role: string; content: string }[] {
  return [...(sample.conversation.system !== undefined ? [{ role: 'system', content: sample.conversation.system }] : []), ...sample.conversation.turns];
}

/** What the browser shows after a save: tokens before and after, and any warning of the target. */
function savedNote(before: number | undefined, outcome: EditOutcome): string {
  const warnings = outcome.problems.map((p) => p.message).join(' ');
  return `Edit saved: ${before ?? '?'} → ${outcome.tokens} tokens.${warnings ? ` Warning: ${warnings}` : ''} Export again to write it.`;
}

export function SampleEditor({ dbFile, sample, onDone }: { dbFile: string; sample: StoredSample; onDone: (savedNote?: string) => void }) {
  const [turn, setTurn] = useState<number>();
  const turns = turnsOf(sample);
  const size = useTerminalSize();
  useEscape(() => onDone(), turn === undefined);
  if (turn === undefined) {
    return (
      <Box flexDirection="column">
        <Text>Which turn of {sample.id} do you want to edit?</Text>
        <Menu
          items={turns.map((t, i) => ({ label: `${t.role}: ${clip(t.content, size.widthFor(t.role.length + 5))}`, value: String(i) }))}
          onSelect={(value) => setTurn(Number(value))}
          limit={8}
        />
      </Box>
    );
  }
  return (
    <TurnField
      key={turn}
      label={`${turns[turn].role} (turn ${turn + 1} of ${turns.length})`}
      initial={turnAsLine(turns[turn].content)}
      onBack={() => setTurn(undefined)}
      save={async (line) => {
        const outcome = await editSample({ dbFile, datasetId: sample.datasetId, sampleId: sample.id, conversation: withTurnEdited(sample.conversation, turn, lineAsTurn(line)) });
        if (outcome.saved) onDone(savedNote(sample.tokenLength, outcome));
        return outcome;
      }}
    />
  );
}

/** Rows around the field: title, tabs, a search line, the two header lines, margins, a refusal (two rows) and the key help. */
const EDITOR_CHROME_ROWS = 13;

type FieldState = { status: 'editing' } | { status: 'checking' } | { status: 'refused'; message: string };

function TurnField({ label, initial, onBack, save }: { label: string; initial: string; onBack: () => void; save: (line: string) => Promise<EditOutcome> }) {
  useTextEntry();
  const [state, setState] = useState<FieldState>({ status: 'editing' });
  const [typed, setTyped] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const size = useTerminalSize();
  useEscape(onBack, state.status !== 'checking');
  const submit = (line: string) => {
    setTyped(line);
    setState({ status: 'checking' });
    save(line).then(
      (outcome) => {
        if (outcome.saved) return;
        const errors = outcome.problems.filter((p) => p.severity === 'error');
        setState({ status: 'refused', message: `Not saved: ${errors.map((p) => `${p.message} ${p.fix}`).join(' ')}` });
        setAttempt((n) => n + 1);
      },
      (error: unknown) => {
        const view = describeError(error);
        setState({ status: 'refused', message: `Not saved: ${view.message}${view.hint ? ` ${view.hint}` : ''}` });
        setAttempt((n) => n + 1);
      },
    );
  };
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        Editing <Text bold>{label}</Text>
      </Text>
      <Text dimColor wrap="truncate-end">{`${LINE_BREAK_MARK} is a line break · Enter saves · Esc cancels`}</Text>
      <Box marginTop={1}>
        {state.status === 'checking' ? <Text dimColor>Checking the edit against the target…</Text> : <LineInput key={attempt} initialValue={typed} onSubmit={submit} fit={{ width: size.widthFor(1), rows: size.rowsFor(EDITOR_CHROME_ROWS, 1) }} />}
      </Box>
      {state.status === 'refused' ? (
        <Box marginTop={1}>
          <Text color={color.error}>✗ {state.message}</Text>
        </Box>
      ) : null}
    </Box>
  );
}
