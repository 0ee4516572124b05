import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Cadre',
    description: "Conducteurs d'entretien et relecture RGPD des comptes rendus, entièrement en local.",
    default_locale: 'fr',
  },
});
