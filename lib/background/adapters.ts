/**
 * The browser calls of the background's review logic, in one place: messages to a tab's frames,
 * the liveness of a document, the content script registration and injection, the toolbar action.
 * Chrome MV3 and Firefox MV2 differ here (`action` / `browserAction`, `scripting` /
 * `contentScripts` + `tabs.executeScript`); the logic in lib/background does not see it.
 */
import type { Browser } from 'wxt/browser';
import { sendMessage, type MessageName, type RequestOf, type ResponseOf } from '../messaging/protocol.ts';
import type { ActionApi } from './badge.ts';
import { CONTENT_SCRIPT_FILES, type FirefoxContentScriptsApi, type ScriptingApi } from './registration.ts';

type AnyBrowser = typeof import('wxt/browser').browser;

/** Send a protocol message to a tab (one frame, one document, or all frames). */
export function sendToTab<N extends MessageName>(
  b: AnyBrowser,
  tabId: number,
  name: N,
  payload: RequestOf<N>,
  target: { frameId?: number; documentId?: string } = {},
): Promise<ResponseOf<N>> {
  return sendMessage((m) => b.tabs.sendMessage(tabId, m, target as Browser.tabs.MessageSendOptions), name, payload);
}

/**
 * Is a document still there? Chrome refuses a message to a document that is gone ("No document
 * with id", "Receiving end does not exist"); a living one answers, or at least has a listener.
 */
export async function pingDocument(b: AnyBrowser, tabId: number, frameId: number, documentId: string): Promise<'alive' | 'gone' | 'unknown'> {
  try {
    await b.tabs.sendMessage(tabId, { cadre: 1, name: 'toContentPageInfo', payload: {} }, { frameId, documentId } as Browser.tabs.MessageSendOptions);
    return 'alive';
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/no document|receiving end does not exist|no frame|no tab/i.test(msg)) return 'gone';
    return 'unknown';
  }
}

/** `action` (MV3) or `browserAction` (Firefox MV2). */
export function toolbarAction(b: AnyBrowser): ActionApi {
  const x = b as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return (x.action ?? x.browserAction)!;
}

/** What the script registry needs: Firefox MV2's `contentScripts` when present, Chrome's `scripting`. */
export function registrationApis(b: AnyBrowser): { scripting?: ScriptingApi; contentScripts?: FirefoxContentScriptsApi } {
  const x = b as unknown as { scripting?: ScriptingApi; contentScripts?: FirefoxContentScriptsApi };
  return x.contentScripts ? { contentScripts: x.contentScripts } : { scripting: x.scripting };
}

/** Run the content script in every frame of a tab now. */
export async function injectContentScript(b: AnyBrowser, tabId: number): Promise<void> {
  const x = b as unknown as {
    scripting?: { executeScript(i: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown> };
    tabs: { executeScript?(tabId: number, d: { file: string; allFrames: boolean; matchAboutBlank: boolean }): Promise<unknown> };
  };
  if (x.scripting?.executeScript) { await x.scripting.executeScript({ target: { tabId, allFrames: true }, files: CONTENT_SCRIPT_FILES }); return; }
  for (const file of CONTENT_SCRIPT_FILES) await x.tabs.executeScript?.(tabId, { file: `/${file}`, allFrames: true, matchAboutBlank: true });
}

/** Does the tab's top frame run Cadre's content script (it answers the page-info question)? */
export async function hasContentScript(b: AnyBrowser, tabId: number): Promise<boolean> {
  try {
    await sendToTab(b, tabId, 'toContentPageInfo', {}, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}
