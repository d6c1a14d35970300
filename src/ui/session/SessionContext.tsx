// Gives every screen the workspace (paths, config file; its config is the folder's resolved settings)
// and the session state.
import { createContext, useContext, useReducer, type Dispatch, type ReactNode } from 'react';
import type { Workspace } from '../../core/config/workspace.js';
import { initialSession, sessionReducer, type ScreenId, type SessionAction, type SessionState } from './session-state.js';

export interface Session {
  workspace: Workspace;
  state: SessionState;
  dispatch: Dispatch<SessionAction>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider(props: { workspace: Workspace; screen?: ScreenId; children: ReactNode }) {
  const [state, dispatch] = useReducer(sessionReducer, undefined, () => initialSession(props.workspace.config, props.screen));
  return (
    <SessionContext.Provider value={{ workspace: props.workspace, state, dispatch }}>
      {props.children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
