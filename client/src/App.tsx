import { lazy, Suspense } from 'react';
import { AccessGate } from './access/AccessGate.js';
import type { Credentials } from './access/credentials.js';
import { MapErrorPage, NotFoundPage } from './pages/NotFoundPage.js';
import { MapListPage } from './pages/MapListPage.js';
import { MapPage } from './pages/MapPage.js';
import type { Route } from './routing/routes.js';
import { useRoute } from './routing/useRoute.js';
import { ErrorBoundary } from './ui/ErrorBoundary.js';

// The report brings charts and the PDF writer: loaded only when someone opens a report.
const ReportPage = lazy(() => import('./report/ReportPage.js').then((module) => ({ default: module.ReportPage })));

/** The pages, behind the access gate: nothing loads before the server has said what the token grants. */
export function App({ credentials }: { credentials: Credentials }) {
  const route = useRoute();
  return (
    <AccessGate credentials={credentials} route={route}>
      <Page route={route} />
    </AccessGate>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'maps':
      return <MapListPage view="maps" />;
    case 'trash':
      return <MapListPage view="trash" />;
    case 'map':
      return (
        // Keyed by map, so that opening another map starts with a clean boundary.
        <ErrorBoundary key={route.mapId} fallback={(error, reset) => <MapErrorPage error={error} onRetry={reset} />}>
          <MapPage mapId={route.mapId} />
        </ErrorBoundary>
      );
    case 'report':
      return (
        <ErrorBoundary key={route.mapId} fallback={(error, reset) => <MapErrorPage error={error} onRetry={reset} />}>
          <Suspense fallback={null}>
            <ReportPage mapId={route.mapId} />
          </Suspense>
        </ErrorBoundary>
      );
    case 'unknown':
      return <NotFoundPage what="page" />;
  }
}
