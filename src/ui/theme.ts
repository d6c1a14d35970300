// The few colors the app uses, by meaning, so every screen says success/warning/error the same way.
export const color = {
  success: 'green',
  warning: 'yellow',
  error: 'red',
  accent: 'cyan',
  train: 'green',
  validation: 'blue',
} as const;
