/**
 * The toolbar badge (issue #4 §4): the number of error-level findings of the tab, with a French
 * title that says what the number counts. Chrome MV3 has `action`, Firefox MV2 `browserAction`:
 * the caller passes whichever exists.
 *
 * @example
 *   await showBadge(browser.action ?? browser.browserAction, tabId, store.errorCount(tabId));
 */

export const DEFAULT_TITLE = 'Ouvrir le panneau Cadre';
/** a calm dark red, readable with the badge's white text */
export const BADGE_COLOR = '#a4262c';

export function badgeText(errors: number): string {
  if (errors <= 0) return '';
  return errors > 99 ? '99+' : String(errors);
}

export function badgeTitle(errors: number): string {
  if (errors <= 0) return DEFAULT_TITLE;
  return `Cadre : ${errors} erreur${errors > 1 ? 's' : ''} à corriger dans le compte rendu — ouvrir le panneau`;
}

export interface ActionApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setTitle(details: { tabId?: number; title: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void> | void;
}

/** Show the count on the tab's badge. A tab closed meanwhile is not an error. */
export async function showBadge(action: ActionApi, tabId: number, errors: number): Promise<void> {
  try {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text: badgeText(errors) });
    await action.setTitle({ tabId, title: badgeTitle(errors) });
  } catch {
    // "No tab with id": the tab went away between the report and the badge
  }
}
