// Tracks whether a text field has the keyboard, so single-letter shortcuts (q) don't steal typing.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

interface Keyboard {
  isTyping(): boolean;
  claim(): () => void;
}

const KeyboardContext = createContext<Keyboard>({ isTyping: () => false, claim: () => () => {} });

export function KeyboardProvider({ children }: { children: ReactNode }) {
  const typers = useRef(0);
  const keyboard = useRef<Keyboard>({
    isTyping: () => typers.current > 0,
    claim: () => {
      typers.current++;
      return () => {
        typers.current--;
      };
    },
  });
  return <KeyboardContext.Provider value={keyboard.current}>{children}</KeyboardContext.Provider>;
}

export function useKeyboard(): Keyboard {
  return useContext(KeyboardContext);
}

/** Call in a component holding a text field: while it is mounted, letters are text, not shortcuts. */
export function useTextEntry(): void {
  const keyboard = useKeyboard();
  useEffect(() => keyboard.claim(), [keyboard]);
}
