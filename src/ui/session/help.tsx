// `?` opens the help overlay of the current screen; Esc or `?` closes it. While it is open every other
// key handler (lists, Esc back, shortcuts) is paused, so a key read as "close help" does nothing else;
// the screen's content stays mounted underneath (hidden), so nothing typed or selected is lost.
// In a text field `?` is a character: the overlay opens only when no field has the keyboard.
import { useInput } from 'ink';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { eachKey } from '../hooks/useKeys.js';
import { useKeyboard } from './keyboard.js';

const HelpOpenContext = createContext(false);

function HelpKey({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  const keyboard = useKeyboard();
  useInput(
    eachKey((input, key) => {
      if (open && (key.escape || input === '?')) setOpen(false);
      else if (!open && input === '?' && !keyboard.isTyping()) setOpen(true);
    }),
  );
  return null;
}

export function HelpProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <HelpOpenContext.Provider value={open}>
      <HelpKey open={open} setOpen={setOpen} />
      {children}
    </HelpOpenContext.Provider>
  );
}

/** Whether the help overlay covers the screen (key handlers pause while it does). */
export function useHelpOpen(): boolean {
  return useContext(HelpOpenContext);
}
