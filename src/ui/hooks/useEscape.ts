// Esc goes back one level. Only the component that owns the level listens, so one Esc = one level.
import { useInput } from 'ink';
import { useHelpOpen } from '../session/help.js';

export function useEscape(onEscape: () => void, isActive = true): void {
  const helpOpen = useHelpOpen(); // Esc then closes the help, nothing else
  useInput(
    (_input, key) => {
      if (key.escape) onEscape();
    },
    { isActive: isActive && !helpOpen },
  );
}
