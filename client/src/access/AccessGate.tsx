import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Access, DenialReason } from '../api/accessApi.js';
import { onUnauthorized } from '../api/auth.js';
import { AccessPendingPage } from '../pages/AccessPendingPage.js';
import { LinkDeniedPage } from '../pages/LinkDeniedPage.js';
import { SharedMapsPage } from '../pages/SharedMapsPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { mapPath, navigate, type Route } from '../routing/routes.js';
import { AccessContext, type AccessSession } from './AccessContext.js';
import type { Credentials } from './credentials.js';
import { gateView } from './gateView.js';
import { permissionsOf } from './roles.js';
import { useAccessCheck } from './useAccessCheck.js';

/** The map a route is about; null for the pages of the owner (list, trash) and unknown ones. */
function mapIdOf(route: Route): string | null {
  return route.page === 'map' || route.page === 'report' ? route.mapId : null;
}

function routeKey(route: Route): string {
  return `${route.page}:${mapIdOf(route) ?? ''}`;
}

interface AccessGateProps {
  credentials: Credentials;
  route: Route;
  children: ReactNode;
}

/**
 * Asks the server what this browser's token grants before any page loads, and shows the page for
 * each answer: the app itself (with the role in context), the sign-in page, a dead link, or the
 * way to the one map a share link opens.
 */
export function AccessGate({ credentials, route, children }: AccessGateProps) {
  useSyncExternalStore(
    useCallback((listener) => credentials.subscribe(listener), [credentials]),
    () => credentials.getVersion(),
  );
  const scope = mapIdOf(route);
  const here = routeKey(route);
  const token = credentials.tokenFor(scope);
  const { check, recheck } = useAccessCheck(token);
  // A link that stopped working on this page (on opening it, or while the map was open).
  const [lost, setLost] = useState<{ reason: DenialReason; where: string } | null>(null);

  // What the answer teaches about this load's link and the remembered owner token.
  useEffect(() => {
    if (check.state !== 'done' || token === null) return;
    const { answer } = check;
    if (answer.granted) {
      if (credentials.isUncheckedLink(token)) credentials.adopt(token, answer.access);
    } else if (credentials.isUncheckedLink(token)) {
      setLost({ reason: answer.reason, where: here });
      credentials.rejectLink(token);
    } else if (token === credentials.ownerToken) {
      // The server no longer knows it (started with another owner token): try the others.
      credentials.forgetOwner();
    }
  }, [check, token, credentials, here]);

  // A dead link is shown on the page where it died; elsewhere (the owner went to the list) it is history.
  useEffect(() => setLost((current) => (current && current.where !== here ? null : current)), [here]);

  // A request refused with 401 mid-session: ask again what the token grants.
  useEffect(() => onUnauthorized(recheck), [recheck]);

  const lose = useCallback(
    (reason: DenialReason) => {
      if (token !== null && token === credentials.ownerToken) credentials.forgetOwner();
      else setLost({ reason, where: here });
    },
    [token, credentials, here],
  );
  const signedIn = useCallback(
    (signedInToken: string, access: Access) => {
      setLost(null);
      credentials.adopt(signedInToken, access);
      if (access.mapId !== null) navigate(mapPath(access.mapId));
    },
    [credentials],
  );

  const granted = check.state === 'done' && check.answer.granted ? check.answer.access : null;
  const session = useMemo<AccessSession | null>(
    () => (granted ? { access: granted, permissions: permissionsOf(granted.role), token, lose } : null),
    [granted, token, lose],
  );

  const view = gateView({
    scope,
    token,
    check: check.state === 'unreachable' ? { state: 'unreachable' } : check,
    lost: lost && lost.where === here ? lost.reason : null,
    credentials,
  });
  switch (view.page) {
    case 'pending':
      return <AccessPendingPage />;
    case 'unreachable':
      return <AccessPendingPage unreachable onRetry={check.state === 'unreachable' ? check.retry : undefined} />;
    case 'denied':
      return <LinkDeniedPage reason={view.reason} canOpenMaps={view.canOpenMaps} />;
    case 'signIn':
      return <SignInPage onSignedIn={signedIn} />;
    case 'shared':
      return <SharedMapsPage mapIds={view.mapIds} onSignedIn={signedIn} />;
    case 'app':
      break;
  }
  return <AccessContext.Provider value={session}>{children}</AccessContext.Provider>;
}
