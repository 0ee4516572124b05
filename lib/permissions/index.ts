/**
 * Where Cadre runs (issue #4 §1): only on the sites the user enabled. The bundled demo app's
 * origins are host permissions of the manifest (enabled at install); any other site is an optional
 * host permission requested at runtime from the panel, with a user gesture, and can be given back.
 * A site can also be switched off without giving its permission back (the demo origins, or a site
 * covered by a broader grant): it is then excluded from the content script registration.
 *
 * Pure: URLs and permission lists in, decisions out. The browser calls live in the background
 * (lib/background/registration.ts) and the panel (entrypoints/sidepanel/services.ts).
 *
 * @example
 *   sitePatternOf('https://crm.example.org:8443/dossiers/12') // 'https://crm.example.org/*'
 *   siteAccess('http://127.0.0.1:5173/entretien.html', ['http://127.0.0.1/*'], []).state // 'active'
 */

/** Host permissions of the manifest: the demo case-management app (tests/fixtures/demo). */
export const DEMO_SITE_PATTERNS: readonly string[] = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The only optional host permission: any web site, granted one origin at a time. */
export const OPTIONAL_SITE_PATTERN = '*://*/*';

/**
 * A match pattern covering one site: scheme and host of the page, any port and path. Ports are
 * left out because Firefox refuses them in match patterns, and Chrome's pattern without a port
 * matches every port. Only http(s) pages are eligible; undefined otherwise.
 */
export function sitePatternOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try { u = new URL(url); } catch { return undefined; }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return undefined;
  return `${u.protocol}//${u.hostname}/*`;
}

/** The host shown to the user for a page ("crm.example.org", "127.0.0.1"). */
export function siteLabelOf(url: string): string {
  try { return new URL(url).hostname; } catch { return url; }
}

/** Is `pattern` a web match pattern (http, https or `*` scheme)? */
export function isWebPattern(pattern: string): boolean {
  return /^(\*|https?):\/\/[^/]+\/.*$/.test(pattern);
}

/**
 * Does a match pattern (`scheme://host/path`, with `*` scheme, `*` or `*.domain` host) match the
 * URL? Only the scheme and host matter here: Cadre's patterns always end in `/*`.
 */
export function patternMatchesUrl(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  let u: URL;
  try { u = new URL(url); } catch { return false; }
  const scheme = u.protocol.slice(0, -1);
  if (m[1] === '*' ? scheme !== 'http' && scheme !== 'https' : m[1] !== scheme) return false;
  const host = m[2].replace(/:\d+$/, '');
  if (host === '*') return true;
  if (host.startsWith('*.')) return u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1));
  return u.hostname === host;
}

/** What the content script registration covers: the granted web patterns, minus the switched-off sites. */
export function registrationPatterns(granted: readonly string[], disabled: readonly string[]): { matches: string[]; excludeMatches: string[] } {
  const matches = [...new Set(granted.filter(isWebPattern))].sort();
  const excludeMatches = [...new Set(disabled.filter(isWebPattern))].sort();
  return { matches, excludeMatches };
}

export type SiteState =
  /** not a web page (extension page, browser page, file): Cadre never runs there */
  | 'unsupported'
  /** the panel cannot see the page's address (no permission for it yet) */
  | 'unknown'
  | 'active'
  | 'inactive';

export interface SiteAccess {
  state: SiteState;
  /** the site's own pattern (`https://host/*`), when the address is known */
  pattern?: string;
  /** host shown to the user */
  label?: string;
  /** covered by a granted permission (manifest or runtime) */
  granted: boolean;
  /** switched off by the user while granted */
  disabled: boolean;
  /**
   * its own pattern is an optional grant that "Désactiver" can give back; otherwise (demo
   * origins, broader grants) switching off only excludes it
   */
  removable: boolean;
}

/**
 * The state of the site of a tab, from its URL (undefined when the browser hides it), the granted
 * origins (`permissions.getAll().origins`) and the user's switched-off sites.
 */
export function siteAccess(url: string | undefined, granted: readonly string[], disabled: readonly string[], required: readonly string[] = DEMO_SITE_PATTERNS): SiteAccess {
  if (url === undefined || url === '') return { state: 'unknown', granted: false, disabled: false, removable: false };
  const pattern = sitePatternOf(url);
  if (!pattern) return { state: 'unsupported', granted: false, disabled: false, removable: false };
  const isGranted = granted.some((p) => isWebPattern(p) && patternMatchesUrl(p, url));
  const isDisabled = disabled.some((p) => patternMatchesUrl(p, url));
  return {
    state: isGranted && !isDisabled ? 'active' : 'inactive',
    pattern,
    label: siteLabelOf(url),
    granted: isGranted,
    disabled: isDisabled,
    removable: granted.includes(pattern) && !required.includes(pattern) && !granted.some((p) => p !== pattern && isWebPattern(p) && patternMatchesUrl(p, url)),
  };
}

/**
 * What "Activer Cadre sur ce site" must do: ask the browser for the permission (needs the user
 * gesture: call it first thing in the click handler), and/or take the site off the switched-off list.
 */
export function activationPlan(access: SiteAccess): { request: boolean; enable: boolean } {
  return { request: !access.granted, enable: access.disabled };
}

/** What "Désactiver Cadre sur ce site" must do: give the permission back, or switch the site off. */
export function deactivationPlan(access: SiteAccess): { remove: boolean; disable: boolean } {
  return access.removable ? { remove: true, disable: false } : { remove: false, disable: true };
}
