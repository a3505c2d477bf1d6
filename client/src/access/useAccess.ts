import { useContext } from 'react';
import { AccessContext, type AccessSession } from './AccessContext.js';

/** The role, permissions and token of this page; only valid inside the AccessGate. */
export function useAccess(): AccessSession {
  const session = useContext(AccessContext);
  if (!session) throw new Error('useAccess must be used inside AccessGate');
  return session;
}
