import { defineConfig } from 'wxt';

// Browser differences live here, in the manifest function (STYLE.md §7): Chrome gets `side_panel`
// and the `sidePanel` permission, Firefox a `sidebar_action` (WXT derives both from
// entrypoints/sidepanel).
//
// Where Cadre runs (issue #4 §1): the demo app's two origins are the only host permissions at
// install; any other site is an optional permission asked for from the panel, one site at a time
// (lib/permissions). The content script is never declared in the manifest: the background
// registers it for the granted sites (lib/background/registration.ts). `scripting` registers and
// injects it; `activeTab` lets the panel read the address of the tab on which the user clicked
// Cadre's button, to offer "Activer Cadre sur ce site" there (no `tabs` permission, which would
// show every tab's address).
const DEMO_SITES = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * The lexicons' trie computed from the sources being bundled (lib/lint/precompiled.ts), defined for
 * every bundle that lints — the in-page engine, the side panel, the audit page and its worker — as
 * the CLI's is (scripts/build-cli.mjs). Without it each of them built the trie from ~39,000 entries
 * at its first lint: a quarter of a second of the host page's main thread when the in-page engine
 * first linted, against ~20 ms to load the table.
 */
async function lexiconDefine(): Promise<Record<string, string>> {
  // @ts-ignore -- plain .mjs build script
  const build = await import('./scripts/build-cli.mjs');
  return build.lexiconDefine();
}

const ANY_SITE = '*://*/*';
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: async () => ({ define: await lexiconDefine() }),
  // the end-to-end setup builds into its own folder, so that a concurrent `wxt build` in the same
  // tree never swaps the extension under a running browser (tests/e2e/global-setup.ts)
  ...(process.env.CADRE_OUT_DIR ? { outDir: process.env.CADRE_OUT_DIR } : {}),
  hooks: {
    // a content script declared in the manifest would run on its `matches` at install, whatever the
    // user enabled: the registration at runtime is the only way in
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.content_scripts;
    },
  },
  manifest: ({ browser }) => ({
    name: 'Cadre',
    description: "Conducteurs d'entretien et relecture RGPD des comptes rendus, entièrement en local.",
    default_locale: 'fr',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // MV2 (Firefox) has no host_permissions key: WXT moves these into `permissions`, and optional
    // hosts go into `optional_permissions`
    host_permissions: DEMO_SITES,
    ...(browser === 'firefox' ? { optional_permissions: [ANY_SITE] } : { optional_host_permissions: [ANY_SITE] }),
    action: { default_title: 'Ouvrir le panneau Cadre' },
    // the organisation's policy (issue #6 §2): Chrome checks `storage.managed` against this schema;
    // Firefox reads policies.json `3rdparty.Extensions` and has no such key
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // the in-page assistant's engine, imported by the content script on first need so that the
    // content script itself stays small (issue #4 §7). It must be reachable from every site the
    // user may enable at runtime, and a manifest cannot follow runtime grants: any web page. The
    // file holds no data (engine and lexicons); `use_dynamic_url` makes its address change every
    // session, so a page cannot probe a fixed URL to learn that Cadre is installed.
    web_accessible_resources: [{ resources: ['inpage-engine.js'], matches: [ANY_SITE], use_dynamic_url: true }],
    commands: {
      'basculer-minuteur': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: "Démarrer ou mettre en pause le minuteur de l'entretien",
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // nothing leaves the device: Firefox's data-collection declaration says so
            gecko: { id: 'cadre@extension.local', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
