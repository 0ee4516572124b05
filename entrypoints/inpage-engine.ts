/**
 * The heavy half of the in-page assistant (engine, lexicons, protocol validation, site profiles),
 * imported by the content script with `import(runtime.getURL('/inpage-engine.js'))` when a page
 * has an editor: it runs in the content script's world and leaves its API on a global there.
 */
import { createInpageEngine } from '../lib/inpage/engine.ts';
import { ENGINE_GLOBAL } from '../lib/inpage/engine-types.ts';

export default defineUnlistedScript(() => {
  const g = globalThis as Record<string, unknown>;
  g[ENGINE_GLOBAL] ??= createInpageEngine();
});
