/**
 * The heavy half of the in-page assistant (engine, lexicons, protocol validation, site profiles),
 * imported by the content script with `import(runtime.getURL('/inpage-engine.js'))` when a page
 * has an editor: it runs in the content script's world and leaves its API on a global there. It
 * lints with the settings in force (lib/org-settings), re-read whenever they change.
 */
import { createInpageEngine } from '../lib/inpage/engine.ts';
import { ENGINE_GLOBAL } from '../lib/inpage/engine-types.ts';
import { getEffectiveSettings, watchSettings } from '../lib/org-settings/storage.ts';
import { lintConfigOf } from '../lib/org-settings/merge.ts';
import { registry } from '../rules/index.ts';

export default defineUnlistedScript(() => {
  const g = globalThis as Record<string, unknown>;
  if (g[ENGINE_GLOBAL]) return;
  const engine = createInpageEngine();
  g[ENGINE_GLOBAL] = engine;
  const load = () => getEffectiveSettings({ knownRules: registry }).then(
    (s) => engine.configure({ profiles: s.sites.profiles, config: lintConfigOf(s) }),
    // unreadable settings: the defaults stay (configured with nothing, so a waiting page audit runs)
    () => engine.configure({}),
  );
  void load();
  watchSettings(() => void load());
});
