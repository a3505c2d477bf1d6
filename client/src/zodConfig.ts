import { z } from 'zod';

// Zod compiles validators with `new Function` unless told not to; the Content-Security-Policy
// forbids eval, and even zod's caught probe is reported as a violation. The built app sets it
// earlier still (public/zod-config.js); this covers the dev server and anything without the page.
z.config({ jitless: true });
