// Esc goes back one level. Only the component that owns the level listens, so one Esc = one level.
import { useInput } from 'ink';

export function useEscape(onEscape: () => void, isActive = true): void {
  useInput(
    (_input, key) => {
      if (key.escape) onEscape();
    },
    { isActive },
  );
}
