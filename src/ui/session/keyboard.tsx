// Tracks whether a text field has the keyboard, so single-letter shortcuts (q) don't steal typing,
// and lets a running job take over the quit keys (q / Ctrl-C) so they cannot kill it unasked.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** Returns true when it handled the quit key (the app stays); false lets the app quit. */
type QuitGuard = () => boolean;

interface Keyboard {
  isTyping(): boolean;
  claim(): () => void;
  /** The guard of the screen that holds a running job, if any. */
  quitGuard(): QuitGuard | undefined;
  guardQuit(guard: QuitGuard): () => void;
}

const KeyboardContext = createContext<Keyboard>({ isTyping: () => false, claim: () => () => {}, quitGuard: () => undefined, guardQuit: () => () => {} });

/** Whether a text field has the keyboard, for what is drawn (the key hints); handlers use isTyping(). */
const TypingContext = createContext(false);

export function KeyboardProvider({ children }: { children: ReactNode }) {
  const typers = useRef(0);
  const [typing, setTyping] = useState(false);
  const guard = useRef<QuitGuard | undefined>(undefined);
  const keyboard = useRef<Keyboard>({
    isTyping: () => typers.current > 0,
    claim: () => {
      typers.current++;
      setTyping(true);
      return () => {
        typers.current--;
        setTyping(typers.current > 0);
      };
    },
    quitGuard: () => guard.current,
    guardQuit: (next) => {
      guard.current = next;
      return () => {
        if (guard.current === next) guard.current = undefined;
      };
    },
  });
  return (
    <KeyboardContext.Provider value={keyboard.current}>
      <TypingContext.Provider value={typing}>{children}</TypingContext.Provider>
    </KeyboardContext.Provider>
  );
}

export function useKeyboard(): Keyboard {
  return useContext(KeyboardContext);
}

export function useTyping(): boolean {
  return useContext(TypingContext);
}

/** Call in a component holding a text field: while it is mounted, letters are text, not shortcuts. */
export function useTextEntry(): void {
  const keyboard = useKeyboard();
  useEffect(() => keyboard.claim(), [keyboard]);
}

/** While `active`, q and Ctrl-C call `guard` instead of quitting (the latest guard closure is used). */
export function useQuitGuard(guard: QuitGuard, active: boolean): void {
  const keyboard = useKeyboard();
  const latest = useRef(guard);
  latest.current = guard;
  useEffect(() => (active ? keyboard.guardQuit(() => latest.current()) : undefined), [keyboard, active]);
}
