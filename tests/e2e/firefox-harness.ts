/**
 * End-to-end harness for Firefox (issues #3, #4, #6: Firefox sidebar and managed policy): Debian's
 * stock Firefox ESR (/usr/bin/firefox-esr, or FIREFOX_PATH), headless, driven over Marionette, the
 * automation protocol every release build carries (geckodriver speaks it).
 *
 * Why Marionette and not WebDriver BiDi: BiDi's `webExtension.install` installs the extension, but
 * Firefox's BiDi leaves extension pages out of reach ("extension contexts until we support
 * debugging webextensions", bug 1755014, still so in 153 ESR): no script can run in
 * moz-extension:// pages. Marionette runs scripts there, in web pages and, with
 * `--remote-allow-system-access`, in the browser's own (chrome) context, where the harness watches
 * the network and the console. playwright-core's Firefox-over-BiDi path needs a newer Firefox than
 * ESR (it fails on `emulation.setMediaFeaturesOverride`).
 *
 * - The extension is installed as a temporary add-on (`Addon:Install`), as `about:debugging` does.
 * - Its internal UUID, hence its moz-extension:// origin, is fixed in advance by the profile's
 *   `extensions.webextensions.uuids` pref.
 * - The profile keeps Firefox quiet (no first-run page, updates, telemetry) and sends whatever
 *   Firefox itself still fetches to a closed port of this machine through a proxy setting.
 * - Requests and errors are watched from the chrome context: an observer of every HTTP channel
 *   (Cadre's are those of an extension principal), the console service (uncaught errors, CSP
 *   reports of Cadre's files) and a process script on each process's console API storage
 *   (`console.error` of Cadre's pages, background page and content scripts).
 * - `policy`: an organisation's policies.json. Firefox reads it from its install's `distribution/`
 *   folder (`browser.policies.alternatePath` works only in Nightly or under test automation builds,
 *   not in a release ESR), so the harness runs a private copy of the install: a folder of symbolic
 *   links to Debian's files, the small launcher binary copied (Firefox finds its install folder
 *   from the binary's own path) and a `distribution/policies.json` of its own. Nothing of the
 *   system is touched, and no other Firefox on the machine sees the policy.
 *
 * @example
 *   const ff = await launchFirefox(inject('firefoxDir'));
 *   await ff.open(ff.url('sidepanel.html'));
 *   expect(await ff.run(() => document.documentElement.lang)).toBe('fr');
 *   expect(await ff.externalRequests()).toEqual([]);
 *   await ff.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_ID = 'cadre@extension.local';
/** the extension's internal UUID, fixed for the test profile: its pages live at moz-extension://UUID/ */
export const EXTENSION_UUID = '6c0e2b1f-3a7d-4e59-9b1c-5d2f8a4e7c30';

/** A W3C WebDriver element reference, as Marionette returns it. */
export type ElementRef = { 'element-6066-11e4-a52e-4f735466cecf': string };
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export interface FirefoxHarness {
  /** moz-extension://UUID */
  origin: string;
  /** moz-extension://UUID/<path> */
  url(path: string): string;
  /** the browser's version, as Marionette reports it */
  version: string;
  /** one Marionette command */
  send<T = unknown>(name: string, params?: Record<string, unknown>): Promise<T>;
  /**
   * Open a new tab on `url`, drive it, wait for its load; returns its window handle. `focus:
   * false` leaves the selected tab as it was (the new tab opens in the background).
   */
  open(url: string, opts?: { focus?: boolean }): Promise<string>;
  /** drive the tab of `handle`; `focus: false` without selecting it */
  switchTo(handle: string, opts?: { focus?: boolean }): Promise<void>;
  /** close the current tab and go back to `handle` */
  closeTab(back: string): Promise<void>;
  /** run `fn` in the current tab's page (awaited when it returns a promise); arguments are JSON */
  run<T, A extends unknown[] = []>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>>;
  /** run `fn` in the browser's chrome context (`Services`, `Ci`… are its globals) */
  runChrome<T, A extends unknown[] = []>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>>;
  /** poll `fn` in the current tab until it returns a truthy value (`timeout` ms) */
  waitFor<T, A extends unknown[] = []>(fn: (...args: A) => T | Promise<T>, timeout?: number, ...args: A): Promise<Awaited<T>>;
  /** the element of the current tab matching a CSS `selector` (or an XPath, `using: 'xpath'`) */
  find(selector: string, using?: 'css selector' | 'xpath'): Promise<ElementRef>;
  /** type `text` into an element as a person would: real key events, one per character */
  type(element: ElementRef, text: string): Promise<void>;
  click(element: ElementRef): Promise<void>;
  /** click, as a person would, the element of the browser's own window (toolbar…) matching `selector` */
  clickBrowserUi(selector: string): Promise<void>;
  /** HTTP(S) requests made by Cadre (its pages, background page or content scripts), in order */
  externalRequests(): Promise<string[]>;
  /** errors of Cadre's pages, background page and content scripts (uncaught exceptions, CSP, console.error) */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** the organisation's Firefox policies (the `policies` object of policies.json) */
  policy?: Record<string, unknown>;
  /** the browser's language: French by default (Debian's firefox-esr-l10n-fr) */
  locale?: string;
  /** more preferences for the profile */
  prefs?: Record<string, string | number | boolean>;
}

/** Preferences of a quiet test profile: no first-run page, no update, no background network. */
function profilePrefs(locale: string): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
    'marionette.port': 0, // any free port, written to <profile>/MarionetteActivePort
    // the harness's process script is a data: URL, which the parent process refuses otherwise
    'security.allow_parent_unrestricted_js_loads': true,
    'intl.locale.requested': locale,
    'intl.accept_languages': locale === 'fr' ? 'fr-FR, fr' : locale,
    'app.normandy.api_url': '',
    'app.update.disabledForTesting': true,
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.search.update': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.tabs.warnOnClose': false,
    'browser.translations.automaticallyPopup': false,
    'browser.uitour.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'focusmanager.testmode': true,
    'media.gmp-manager.updateEnabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'services.settings.server': 'http://127.0.0.1:9/remote-settings',
    'signon.management.page.breach-alerts.enabled': false,
    'dom.push.connection.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'network.trr.mode': 5,
    // whatever Firefox itself still tries to fetch goes to a closed port of this machine: only the
    // test servers on 127.0.0.1 and localhost are reached directly
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.startup.max_resumed_crashes': -1,
    'messaging-system.rsexperimentloader.enabled': false,
    'app.shield.optoutstudies.enabled': false,
  };
}

/**
 * A private copy of the Firefox install whose `distribution/policies.json` is `policy`: symbolic
 * links to every file but the launcher, which is copied so that Firefox takes this folder for its
 * install folder.
 */
function installWithPolicy(policy: Record<string, unknown>): { binary: string; dir: string } {
  const real = realpathSync(FIREFOX_PATH);
  const source = dirname(real);
  const dir = mkdtempSync(join(tmpdir(), 'cadre-ff-install-'));
  for (const name of readdirSync(source)) {
    if (name === basename(real) || name === 'distribution') continue;
    symlinkSync(join(source, name), join(dir, name));
  }
  copyFileSync(real, join(dir, basename(real)));
  chmodSync(join(dir, basename(real)), 0o755);
  mkdirSync(join(dir, 'distribution'));
  writeFileSync(join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies: policy }));
  return { binary: join(dir, basename(real)), dir };
}

/** Marionette's wire format: `<length>:<JSON>`; commands `[0, id, name, params]`, answers `[1, id, error, result]`. */
function marionetteClient(socket: Socket) {
  let buffer = Buffer.alloc(0);
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let onHello: (hello: unknown) => void = () => {};
  const hello = new Promise((resolve) => { onHello = resolve; });
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) { onHello(message); continue; }
      const [, id, error, result] = message as [number, number, { error: string; message: string; stacktrace?: string } | null, unknown];
      const waiter = pending.get(id);
      pending.delete(id);
      if (error) waiter?.reject(new Error(`${error.error}: ${error.message}`));
      else waiter?.resolve(result);
    }
  });
  // Firefox closes the connection when it quits: the pending commands fail, nothing is thrown
  socket.on('error', () => {});
  socket.on('close', () => { for (const w of pending.values()) w.reject(new Error('Marionette connection closed')); pending.clear(); });
  return {
    hello,
    send<T>(name: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = ++nextId;
      const text = JSON.stringify([0, id, name, params]);
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        socket.write(`${Buffer.byteLength(text)}:${text}`);
      });
    },
  };
}

async function waitForFile(path: string, child: ChildProcess, log: () => string, timeout = 60_000): Promise<string> {
  const end = Date.now() + timeout;
  for (;;) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8').trim();
      if (text) return text;
    }
    if (child.exitCode !== null) throw new Error(`Firefox exited (${child.exitCode}) before Marionette listened:\n${log()}`);
    if (Date.now() > end) throw new Error(`Marionette did not start within ${timeout} ms:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Script body for Marionette's Execute Script: calls `fn` with the JSON arguments, awaits a promise. */
const body = (fn: (...args: never[]) => unknown) => `return (${fn.toString()}).apply(null, arguments);`;

// the chrome context's globals, used only inside functions sent to Firefox
declare const Services: {
  obs: { addObserver(o: object, topic: string): void };
  console: { registerListener(l: object): void };
  ppmm: { addMessageListener(name: string, l: (m: { data: never }) => void): void; loadProcessScript(url: string, delayed: boolean): void };
};
declare const Ci: Record<string, unknown>;

/**
 * Started in the chrome context: records every HTTP(S) request whose triggering or loading
 * principal is an extension's (Cadre is the only one: its pages, its background page, its content
 * scripts' expanded principal), every error of the console service from Cadre's files (uncaught
 * exceptions, CSP violations) and every `console.error` of Cadre's code in any process (a process
 * script listens to each process's console API storage and reports to the browser window).
 */
function watchInChrome(origin: string, addonId: string): void {
  type Principal = { isAddonOrExpandedAddonPrincipal?: boolean } | null;
  type Channel = { URI: { spec: string }; loadInfo: { triggeringPrincipal: Principal; loadingPrincipal: Principal } };
  const w = window as unknown as { cadreRequests: string[]; cadreErrors: string[] };
  w.cadreRequests = [];
  w.cadreErrors = [];
  const ours = (p: Principal) => p?.isAddonOrExpandedAddonPrincipal === true;
  Services.obs.addObserver({
    observe(subject: { QueryInterface(i: unknown): Channel }) {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      const { triggeringPrincipal, loadingPrincipal } = channel.loadInfo;
      if (ours(triggeringPrincipal) || ours(loadingPrincipal)) w.cadreRequests.push(channel.URI.spec);
    },
  }, 'http-on-modify-request');
  Services.console.registerListener({
    observe(message: { QueryInterface(i: unknown): { flags: number; sourceName: string; errorMessage: string; lineNumber: number; columnNumber: number } }) {
      let error;
      try { error = message.QueryInterface(Ci.nsIScriptError); } catch { return; }
      // flags: 0 error, 1 warning, 4 info
      if (error.flags !== 0 || !error.sourceName.startsWith(origin)) return;
      // Firefox reports every extension promise still pending when its page goes away, even one
      // whose rejection is handled: the content script posts `toBackgroundEditorGone` on pagehide
      // (lib/inpage/controller.ts), a message the background receives but whose answer cannot
      // come back to a page that is gone (rejected, or resolved when the answer was already on its
      // way). Not an error of Cadre's code.
      if (/^Promise (rejected|resolved) after context unloaded/.test(error.errorMessage)) return;
      w.cadreErrors.push(`${error.sourceName}:${error.lineNumber}:${error.columnNumber}: ${error.errorMessage}`);
    },
  });
  Services.ppmm.addMessageListener('cadre-e2e:console', (m: { data: { filename: string; text: string } }) => { w.cadreErrors.push(`${m.data.filename}: console.error ${m.data.text}`); });
  const script = `
    const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    storage.addLogEventListener((msg) => {
      if (msg.level !== 'error' || (msg.addonId !== ${JSON.stringify(addonId)} && !String(msg.filename).startsWith(${JSON.stringify(origin)}))) return;
      let text = '';
      try { text = (msg.arguments || []).map((a) => String(a)).join(' '); } catch { text = '(arguments not readable)'; }
      Services.cpmm.sendAsyncMessage('cadre-e2e:console', { filename: String(msg.filename), text });
    }, Services.scriptSecurityManager.getSystemPrincipal());
  `;
  // `true`: also in the processes started later (the extension's own process among them)
  Services.ppmm.loadProcessScript(`data:,${encodeURIComponent(script)}`, true);
}

export async function launchFirefox(extensionDir: string, { policy, locale = 'fr', prefs = {} }: LaunchOptions = {}): Promise<FirefoxHarness> {
  const profile = mkdtempSync(join(tmpdir(), 'cadre-ff-profile-'));
  writeFileSync(join(profile, 'user.js'), Object.entries({ ...profilePrefs(locale), ...prefs }).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n');
  const install = policy ? installWithPolicy(policy) : null;
  let output = '';
  const child = spawn(install?.binary ?? FIREFOX_PATH, ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1' },
  });
  child.stdout!.on('data', (d) => { output += d; });
  child.stderr!.on('data', (d) => { output += d; });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanup = () => {
    rmSync(profile, { recursive: true, force: true });
    if (install) rmSync(install.dir, { recursive: true, force: true });
  };
  try {
    const port = Number(await waitForFile(join(profile, 'MarionetteActivePort'), child, () => output));
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject); });
    const client = marionetteClient(socket);
    await client.hello;
    const session = await client.send<{ capabilities: { browserVersion: string } }>('WebDriver:NewSession', { capabilities: { alwaysMatch: { pageLoadStrategy: 'normal' } } });
    const origin = `moz-extension://${EXTENSION_UUID}`;
    const send = client.send;
    let context: 'content' | 'chrome' = 'content';
    const setContext = async (value: 'content' | 'chrome') => {
      if (context !== value) await send('Marionette:SetContext', { value });
      context = value;
    };
    const exec = async <T>(where: 'content' | 'chrome', fn: (...args: never[]) => unknown, args: unknown[]): Promise<T> => {
      await setContext(where);
      return (await send<{ value: T }>('WebDriver:ExecuteScript', { script: body(fn), args })).value;
    };

    await exec('chrome', watchInChrome, [origin, EXTENSION_ID]);
    const installed = await send<{ value: string }>('Addon:Install', { path: extensionDir, temporary: true });
    if (installed.value !== EXTENSION_ID) throw new Error(`installed add-on id ${installed.value}, expected ${EXTENSION_ID}`);

    const harness: FirefoxHarness = {
      origin,
      url: (path) => `${origin}/${path.replace(/^\//, '')}`,
      version: session.capabilities.browserVersion,
      send,
      async open(url, { focus = true } = {}) {
        await setContext('content');
        const { handle } = await send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus });
        await send('WebDriver:SwitchToWindow', { handle, focus });
        await send('WebDriver:Navigate', { url });
        return handle;
      },
      async switchTo(handle, { focus = true } = {}) {
        await setContext('content');
        await send('WebDriver:SwitchToWindow', { handle, focus });
      },
      async closeTab(back) {
        await setContext('content');
        await send('WebDriver:CloseWindow');
        await send('WebDriver:SwitchToWindow', { handle: back, focus: true });
      },
      run: (fn, ...args) => exec('content', fn as (...a: never[]) => unknown, args),
      runChrome: (fn, ...args) => exec('chrome', fn as (...a: never[]) => unknown, args),
      async waitFor(fn, timeout = 15_000, ...args) {
        const end = Date.now() + timeout;
        for (;;) {
          const value = await harness.run(fn, ...args);
          if (value) return value;
          if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms: ${fn.toString().slice(0, 200)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      async find(selector, using = 'css selector') {
        await setContext('content');
        return (await send<{ value: ElementRef }>('WebDriver:FindElement', { using, value: selector })).value;
      },
      async type(element, text) {
        await setContext('content');
        await send('WebDriver:ElementSendKeys', { id: element[ELEMENT_KEY], text });
      },
      async click(element) {
        await setContext('content');
        await send('WebDriver:ElementClick', { id: element[ELEMENT_KEY] });
      },
      async clickBrowserUi(selector) {
        await setContext('chrome');
        const { value } = await send<{ value: ElementRef }>('WebDriver:FindElement', { using: 'css selector', value: selector });
        await send('WebDriver:ElementClick', { id: value[ELEMENT_KEY] });
      },
      externalRequests: () => exec<string[]>('chrome', () => (window as unknown as { cadreRequests: string[] }).cadreRequests, []),
      consoleErrors: () => exec<string[]>('chrome', () => (window as unknown as { cadreErrors: string[] }).cadreErrors, []),
      async close() {
        await send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
        socket.destroy();
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
        cleanup();
      },
    };
    return harness;
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    cleanup();
    throw error;
  }
}
