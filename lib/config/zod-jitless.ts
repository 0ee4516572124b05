/**
 * Imported first by every extension page and worker (background, panel, options, audit page and
 * its worker): zod 4 probes once whether `new Function` works, to compile fast object parsers.
 * The extension's CSP forbids eval, so the probe fails anyway, but Firefox reports the caught
 * attempt as a CSP error in the console of each page ("… a empêché l'exécution d'une « eval »
 * JavaScript", found by tests/e2e/firefox.test.ts; issue #3). `jitless` skips the probe: nothing
 * changes in what is parsed, and nothing is lost (eval is blocked in these pages in every browser).
 */
import { z } from 'zod';

z.config({ jitless: true });
