import { z } from 'zod';

// Zod compiles validators with `new Function` unless told not to; the Content-Security-Policy
// forbids eval, and even zod's caught probe is reported as a violation.
z.config({ jitless: true });
