/** Tokens are opaque to the client; this only keeps out what cannot be one (spaces, a pasted paragraph). */
const TOKEN = /^[\x21-\x7e]{1,512}$/;

/** Whether `text` could be a token. */
export function isPlausibleToken(text: string): boolean {
  return TOKEN.test(text);
}

/** The `token` parameter of a URL's query, if there is one. */
export function tokenInSearch(search: string): string | null {
  const token = new URLSearchParams(search).get('token');
  return token === null || token === '' ? null : token;
}

/** The query without its `token` parameter (other parameters, such as a report's period, stay). */
export function searchWithoutToken(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('token');
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}

/**
 * Reads `?token=` from the address and takes it out of the address bar at once, so that it does
 * not end up in a screenshot, a copied link or the browser history.
 */
export function takeTokenFromLocation(location: Location = window.location, history: History = window.history): string | null {
  const token = tokenInSearch(location.search);
  if (token === null) return null;
  history.replaceState(history.state, '', `${location.pathname}${searchWithoutToken(location.search)}${location.hash}`);
  return token;
}

/**
 * The token in what someone pasted into the sign-in form: the token itself, or a whole sign-in
 * address such as `http://host:3000/?token=…` (what the server prints at start).
 */
export function parseSignInInput(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  if (/^https?:\/\//i.test(text) || text.startsWith('/') || text.startsWith('?')) {
    let url: URL;
    try {
      url = new URL(text, 'http://waymark.invalid');
    } catch {
      return null;
    }
    const token = tokenInSearch(url.search);
    return token !== null && isPlausibleToken(token) ? token : null;
  }
  return isPlausibleToken(text) ? text : null;
}
