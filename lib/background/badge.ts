/**
 * The toolbar badge (issue #4 §4): the number of error-level findings of the tab, with a title
 * that says what the number counts, in the UI's language (French by default, issue #6 §4).
 * Chrome MV3 has `action`, Firefox MV2 `browserAction`: the caller passes whichever exists.
 *
 * @example
 *   await showBadge(browser.action ?? browser.browserAction, tabId, store.errorCount(tabId));
 */
import { pluralOf, translatorFor, type Language } from '../i18n/index.ts';

/** The manifest's title (wxt.config.ts), French; `badgeTitle(0, language)` gives it in the UI's language. */
export const DEFAULT_TITLE = 'Ouvrir le panneau Cadre';
/** a calm dark red, readable with the badge's white text */
export const BADGE_COLOR = '#a4262c';

export function badgeText(errors: number): string {
  if (errors <= 0) return '';
  return errors > 99 ? '99+' : String(errors);
}

export function badgeTitle(errors: number, language: Language = 'fr'): string {
  const t = translatorFor(language);
  if (errors <= 0) return t('common_badge_default');
  return t(`common_badge_errors_${pluralOf(errors, language)}`, { count: errors });
}

export interface ActionApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setTitle(details: { tabId?: number; title: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void> | void;
}

/** Show the count on the tab's badge. A tab closed meanwhile is not an error. */
export async function showBadge(action: ActionApi, tabId: number, errors: number, language: Language = 'fr'): Promise<void> {
  try {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text: badgeText(errors) });
    await action.setTitle({ tabId, title: badgeTitle(errors, language) });
  } catch {
    // "No tab with id": the tab went away between the report and the badge
  }
}
