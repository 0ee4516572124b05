/**
 * The content script runs on the granted sites only (issue #4 §1): it is not declared in the
 * manifest but registered at runtime for the granted origins, minus the sites the user switched
 * off, in every frame (classic TinyMCE and CKEditor 4 edit in a blank iframe: EDITORS.md). The
 * registration is recomputed whenever a permission is added or removed or the switched-off list
 * changes. When a site is enabled, the tabs already showing it get the script at once, so the
 * counsellor does not have to reload (and lose) a report being written.
 *
 * Chrome: `scripting.registerContentScripts` (MV3). Firefox MV2: `contentScripts.register`, which
 * knows `matchAboutBlank`; `scripting` as a fallback.
 *
 * @example
 *   const registry = createScriptRegistry({ scripting: browser.scripting });
 *   await registry.sync((await browser.permissions.getAll()).origins ?? [], await loadDisabledSites());
 */
import { registrationPatterns } from '../permissions/index.ts';

export const CONTENT_SCRIPT_ID = 'cadre-relecture';
/** The built content script (WXT: entrypoints/content/index.ts → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILES = ['content-scripts/content.js'];

export interface ContentScriptSpec {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches?: string[];
  allFrames: boolean;
  /** about:blank, about:srcdoc and data: frames of a matched page (Chrome's matchAboutBlank) */
  matchOriginAsFallback?: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[]; excludeMatches?: string[] }>>;
  registerContentScripts(scripts: ContentScriptSpec[]): Promise<void>;
  updateContentScripts(scripts: ContentScriptSpec[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  executeScript?(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
}

/** Firefox MV2's `contentScripts` API. */
export interface FirefoxContentScriptsApi {
  register(options: {
    matches: string[];
    excludeMatches?: string[];
    js: Array<{ file: string }>;
    allFrames: boolean;
    matchAboutBlank: boolean;
    runAt: 'document_idle';
  }): Promise<{ unregister(): Promise<void> }>;
}

export function contentScriptSpec(matches: string[], excludeMatches: string[]): ContentScriptSpec {
  return {
    id: CONTENT_SCRIPT_ID,
    js: CONTENT_SCRIPT_FILES,
    matches,
    ...(excludeMatches.length ? { excludeMatches } : {}),
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

export interface Registration {
  matches: string[];
  excludeMatches: string[];
}

export function createScriptRegistry(api: { scripting?: ScriptingApi; contentScripts?: FirefoxContentScriptsApi }) {
  let chain: Promise<unknown> = Promise.resolve();
  let firefoxHandle: { unregister(): Promise<void> } | undefined;
  let last: Registration = { matches: [], excludeMatches: [] };

  async function applyChrome(scripting: ScriptingApi, reg: Registration): Promise<void> {
    const existing = await scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    if (!reg.matches.length) {
      if (existing.length) await scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      return;
    }
    const spec = contentScriptSpec(reg.matches, reg.excludeMatches);
    if (!existing.length) { await scripting.registerContentScripts([spec]); return; }
    const same = JSON.stringify(existing[0].matches ?? []) === JSON.stringify(reg.matches)
      && JSON.stringify(existing[0].excludeMatches ?? []) === JSON.stringify(reg.excludeMatches);
    // `updateContentScripts` cannot drop `excludeMatches`: register again when they go
    if (same) return;
    await scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    await scripting.registerContentScripts([spec]);
  }

  async function applyFirefox(contentScripts: FirefoxContentScriptsApi, reg: Registration): Promise<void> {
    await firefoxHandle?.unregister();
    firefoxHandle = undefined;
    if (!reg.matches.length) return;
    firefoxHandle = await contentScripts.register({
      matches: reg.matches,
      ...(reg.excludeMatches.length ? { excludeMatches: reg.excludeMatches } : {}),
      js: CONTENT_SCRIPT_FILES.map((file) => ({ file: `/${file}` })),
      allFrames: true,
      matchAboutBlank: true,
      runAt: 'document_idle',
    });
  }

  return {
    /**
     * Register the content script for `granted` origins minus `disabled` sites. Calls are
     * serialised: permission events can arrive in bursts. Returns what is now registered.
     */
    sync(granted: readonly string[], disabled: readonly string[]): Promise<Registration> {
      const reg = registrationPatterns(granted, disabled);
      const run = chain.then(async () => {
        if (api.contentScripts) await applyFirefox(api.contentScripts, reg);
        else if (api.scripting) await applyChrome(api.scripting, reg);
        last = reg;
        return reg;
      });
      chain = run.catch(() => {});
      return run;
    },
    current: (): Registration => last,
  };
}
