import { createContext } from 'react';
import type { Access, DenialReason } from '../api/accessApi.js';
import type { Permissions } from './roles.js';

/** What the pages know about the person using them, inside the access gate. */
export interface AccessSession {
  access: Access;
  permissions: Permissions;
  /** The token this page's requests and sync socket carry (null when the server asks for none). */
  token: string | null;
  /** The server stopped accepting the token mid-session (a link revoked or expired): say so. */
  lose: (reason: DenialReason) => void;
}

export const AccessContext = createContext<AccessSession | null>(null);
