// useInput, one key at a time. Ink splits a stdin read at escape sequences (arrows) but hands a run
// of plain characters over as one `input`: "jjj" from a held key, "  " from two quick Spaces. A
// handler comparing `input === 'j'` would miss them all; this one is called once per character.
import { type Key, useInput } from 'ink';
import { useHelpOpen } from '../session/help.js';

type Handler = (input: string, key: Key) => void;

/** Calls `handler` for each character of a multi-character plain input, else once as Ink does. */
export function eachKey(handler: Handler): Handler {
  return (input, key) => {
    const characters = [...input];
    if (characters.length < 2 || key.ctrl || key.meta) return handler(input, key);
    for (const character of characters) handler(character, { ...key, return: character === '\r', shift: /[A-Z]/.test(character) });
  };
}

/** Paused while the help overlay is open (its own key closes it). */
export function useKeys(handler: Handler, options?: { isActive?: boolean }): void {
  const helpOpen = useHelpOpen();
  useInput(eachKey(handler), { isActive: (options?.isActive ?? true) && !helpOpen });
}
