// Which API keys are configured (never the keys themselves) and where ftdb keeps its data.
import { Box, Text } from 'ink';
import path from 'node:path';
import type { Workspace } from '../../../core/config/workspace.js';
import { KEY_VARIABLES, hasKeyFor } from '../../../core/config/env.js';
import { color } from '../../theme.js';
import { AGENT_NAMES, type AgentProvider } from '../configure/agent-info.js';

export function KeysView() {
  return (
    <Box flexDirection="column">
      {(Object.keys(KEY_VARIABLES) as AgentProvider[]).map((provider) => {
        const names: readonly string[] = KEY_VARIABLES[provider];
        const set = names.length > 0 && hasKeyFor(provider);
        return (
          <Text key={provider}>
            {AGENT_NAMES[provider].split(' (')[0].padEnd(16)}
            {names.length === 0 ? (
              <Text dimColor>no key needed</Text>
            ) : (
              <Text color={set ? color.success : color.warning}>{set ? `✓ set (${names.join(' / ')})` : `✗ ${names.join(' / ')} not set`}</Text>
            )}
          </Text>
        );
      })}
      <Box marginTop={1}>
        <Text dimColor>Keys are read from the environment or .env and are never shown, stored or exported.</Text>
      </Box>
    </Box>
  );
}

export function PathsView({ workspace }: { workspace: Workspace }) {
  const { paths, configFile } = workspace;
  const rel = (file: string) => path.relative(paths.cwd, file) || '.';
  const rows: [string, string][] = [
    ['Working folder', paths.cwd],
    ['Config read from', configFile ? rel(configFile) : 'defaults (no config.yaml)'],
    ['Config written to', rel(paths.configFile)],
    ['Environment file', rel(paths.envFile)],
    ['Input files', `${rel(paths.inputDir)}/`],
    ['Exports', `${rel(paths.outputDir)}/`],
    ['Database', rel(paths.dbFile)],
    ['Prompts', `${rel(paths.promptsDir)}/ (else the packaged defaults)`],
    ['Preferences', process.env.FTDB_PREFS_DIR ?? 'your user config folder (ftdb)'],
  ];
  return (
    <Box flexDirection="column">
      {rows.map(([label, value]) => (
        <Text key={label}>
          {label.padEnd(20)}
          <Text color={color.accent}>{value}</Text>
        </Text>
      ))}
    </Box>
  );
}
