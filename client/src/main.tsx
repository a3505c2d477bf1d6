import './zodConfig.js';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { Credentials, type TokenStorage } from './access/credentials.js';
import { takeTokenFromLocation } from './access/linkToken.js';
import { setTokenSource } from './api/auth.js';
import { I18nProvider } from './i18n/I18nProvider.js';

function browserStorage(): TokenStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Blocked (a sandboxed frame, a policy): tokens then last for this page load only.
    return null;
  }
}

// Before anything renders or fetches: the token leaves the address bar at once.
const credentials = new Credentials(browserStorage(), takeTokenFromLocation());
setTokenSource((mapId) => credentials.tokenFor(mapId));

const root = document.getElementById('root');
if (!root) throw new Error('Waymark: the page has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App credentials={credentials} />
    </I18nProvider>
  </StrictMode>,
);
