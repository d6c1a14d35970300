// The app's one <Static>: finished facts (files read, warnings) printed once above the live area.
// It is mounted for the whole session and never unmounted: Ink 6.8 keeps a dangling reference to an
// unmounted <Static> and later renders from freed Yoga memory (vadimdemedes/ink#904), which can
// allocate gigabytes. Screens append lines through useStaticLog() instead of rendering their own.
import { Static } from 'ink';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { Notice, type Tone } from '../components/Notice.js';

export interface StaticLine {
  tone: Tone;
  text: string;
}

type Append = (lines: StaticLine[]) => void;

const StaticLogContext = createContext<Append>(() => {});

export function StaticLogProvider({ children }: { children: ReactNode }) {
  const [lines, setLines] = useState<(StaticLine & { key: number })[]>([]);
  const append = useCallback<Append>((added) => {
    setLines((all) => [...all, ...added.map((line, i) => ({ ...line, key: all.length + i }))]);
  }, []);
  return (
    <StaticLogContext.Provider value={append}>
      <Static items={lines}>
        {(line) => (
          <Notice key={line.key} tone={line.tone}>
            {line.text}
          </Notice>
        )}
      </Static>
      {children}
    </StaticLogContext.Provider>
  );
}

export function useStaticLog(): Append {
  return useContext(StaticLogContext);
}
