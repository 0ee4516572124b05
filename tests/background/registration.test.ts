import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_ID, createScriptRegistry, type ContentScriptSpec, type FirefoxContentScriptsApi, type ScriptingApi } from '../../lib/background/registration.ts';
import { createSiteSync } from '../../lib/background/sites.ts';

/** An in-memory `chrome.scripting` with Chrome's rules: duplicate ids and empty matches are errors. */
function fakeScripting() {
  const registered = new Map<string, ContentScriptSpec>();
  const calls: string[] = [];
  const api: ScriptingApi = {
    async getRegisteredContentScripts(filter) { return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)); },
    async registerContentScripts(scripts) {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        if (!s.matches.length) throw new Error('Script must specify at least one match');
        registered.set(s.id, s);
      }
      calls.push('register');
    },
    async updateContentScripts(scripts) { for (const s of scripts) registered.set(s.id, { ...registered.get(s.id)!, ...s }); calls.push('update'); },
    async unregisterContentScripts(filter) { for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id); calls.push('unregister'); },
  };
  return { api, registered, calls };
}

describe('content script registration', () => {
  it('registers the built script in every frame for the granted sites, minus the switched-off ones', async () => {
    const { api, registered } = fakeScripting();
    const registry = createScriptRegistry({ scripting: api });
    await registry.sync(['http://localhost/*', 'http://127.0.0.1/*'], []);
    expect(registered.get(CONTENT_SCRIPT_ID)).toEqual({
      id: CONTENT_SCRIPT_ID, js: ['content-scripts/content.js'], matches: ['http://127.0.0.1/*', 'http://localhost/*'],
      allFrames: true, matchOriginAsFallback: true, runAt: 'document_idle', persistAcrossSessions: true,
    });
    await registry.sync(['http://localhost/*', 'http://127.0.0.1/*', 'http://cadre.test/*'], ['http://localhost/*']);
    expect(registered.get(CONTENT_SCRIPT_ID)).toMatchObject({ matches: ['http://127.0.0.1/*', 'http://cadre.test/*', 'http://localhost/*'], excludeMatches: ['http://localhost/*'] });
    // the excluded site is switched on again: `excludeMatches` must go, not linger
    await registry.sync(['http://localhost/*', 'http://127.0.0.1/*'], []);
    expect(registered.get(CONTENT_SCRIPT_ID)?.excludeMatches).toBeUndefined();
  });

  it('does nothing when nothing changed, unregisters when no site is left, serialises bursts', async () => {
    const { api, registered, calls } = fakeScripting();
    const registry = createScriptRegistry({ scripting: api });
    await Promise.all([registry.sync(['http://a.fr/*'], []), registry.sync(['http://a.fr/*'], []), registry.sync(['http://a.fr/*', 'http://b.fr/*'], [])]);
    expect(registered.get(CONTENT_SCRIPT_ID)?.matches).toEqual(['http://a.fr/*', 'http://b.fr/*']);
    expect(calls).toEqual(['register', 'unregister', 'register']);
    await registry.sync([], []);
    expect(registered.size).toBe(0);
    expect(registry.current()).toEqual({ matches: [], excludeMatches: [] });
  });

  it('Firefox MV2: contentScripts.register with matchAboutBlank, replaced on change', async () => {
    const live: Array<Parameters<FirefoxContentScriptsApi['register']>[0]> = [];
    const contentScripts: FirefoxContentScriptsApi = {
      async register(o) { live.push(o); return { unregister: async () => { live.splice(live.indexOf(o), 1); } }; },
    };
    const registry = createScriptRegistry({ contentScripts });
    await registry.sync(['http://localhost/*'], []);
    await registry.sync(['http://localhost/*', 'https://crm.example.org/*'], []);
    expect(live).toEqual([{ matches: ['http://localhost/*', 'https://crm.example.org/*'], js: [{ file: '/content-scripts/content.js' }], allFrames: true, matchAboutBlank: true, runAt: 'document_idle' }]);
    await registry.sync([], []);
    expect(live).toEqual([]);
  });
});

describe('site sync', () => {
  it('brings the script to the open tabs of a site just enabled, except where it already runs or the site is off', async () => {
    const { api } = fakeScripting();
    const injected: number[] = [];
    const sync = createSiteSync({
      registry: createScriptRegistry({ scripting: api }),
      grantedOrigins: async () => ['http://localhost/*', 'http://127.0.0.1/*', 'http://cadre.test/*'],
      disabledSites: async () => ['http://localhost/*'],
      openTabs: async () => [
        { id: 1, url: 'http://cadre.test:4000/entretien.html' },
        { id: 2, url: 'http://127.0.0.1:5173/' },
        { id: 3, url: 'http://localhost:5173/' },
        { id: 4 },
      ],
      hasContentScript: async (id) => id === 2,
      inject: async (id) => { injected.push(id); },
    });
    const r = await sync.sync({ inject: true });
    expect(r.injected).toEqual([1]);
    expect(injected).toEqual([1]);
    expect((await sync.sync()).injected).toEqual([]);
  });
});
