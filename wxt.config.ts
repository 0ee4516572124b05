import { defineConfig } from 'wxt';

// Browser differences live here, in the manifest function (STYLE.md §7): Chrome gets `side_panel`
// and the `sidePanel` permission, Firefox a `sidebar_action` (WXT derives both from
// entrypoints/sidepanel). No host permission at install (issue #3): a later issue asks for optional
// host permissions site by site.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // the end-to-end setup builds into its own folder, so that a concurrent `wxt build` in the same
  // tree never swaps the extension under a running browser (tests/e2e/global-setup.ts)
  ...(process.env.CADRE_OUT_DIR ? { outDir: process.env.CADRE_OUT_DIR } : {}),
  manifest: ({ browser }) => ({
    name: 'Cadre',
    description: "Conducteurs d'entretien et relecture RGPD des comptes rendus, entièrement en local.",
    default_locale: 'fr',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Ouvrir le panneau Cadre' },
    // the organisation's policy (issue #6 §2): Chrome checks `storage.managed` against this schema;
    // Firefox reads policies.json `3rdparty.Extensions` and has no such key
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
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
