/**
 * Accessibility checks shared by the end-to-end tests (issue #6 §4: "Every page passes an
 * automated accessibility check (axe-core in the browser tests) with no serious or critical
 * violation, and is usable with the keyboard alone").
 *
 * @example
 *   expect(await seriousViolations(page)).toEqual([]);
 *   expect(await seriousViolations(demoPage, ['cadre-root'])).toEqual([]); // Cadre's shadow root only
 *   const walk = await walkTabOrder(page);
 *   expect(walk.missed).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations (WCAG 2.2 A/AA and best practices), as readable
 * lines. `include`: selectors of the parts to check (a host page's own markup is not Cadre's;
 * a shadow host's selector takes its shadow tree in). The script goes in through the debugger
 * (`page.evaluate`): extension pages forbid inline scripts.
 */
export async function seriousViolations(page: Page, include?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(async (inc) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: object): Promise<{ passes: Array<{ nodes: unknown[] }>; violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run(inc ? { include: inc.map((s) => [s]) } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return {
      checked: r.passes.reduce((n, p) => n + p.nodes.length, 0),
      list: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) })),
    };
  }, include ?? null);
  expect(result.checked, 'axe looked at some elements').toBeGreaterThan(include ? 3 : 10);
  return result.list.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(' | ')})`);
}

export interface TabStop {
  /** the control's number in document order (`data-kbd`), '' for anything else */
  kbd: string;
  /** tag, id and accessible text, for messages */
  what: string;
  /** an outline is drawn around it */
  outline: boolean;
  /** it has a box of its own on screen (not clipped away like a visually hidden input) */
  visible: boolean;
}

export interface TabWalk {
  /** enabled, rendered controls of the page that are in the tab order */
  controls: number;
  /** what the focus went to, Tab after Tab, from the top of the page until it came back to the first */
  stops: TabStop[];
  /** controls never reached */
  missed: string[];
  /** stops with no visible focus (no outline, or no box on screen) */
  unseen: string[];
  /** whether the focus came back to the first stop: it went through the whole page, nothing kept it */
  cycled: boolean;
}

/**
 * Presses Tab from the top of the page until the focus comes back to where it first landed (or
 * `max` presses), recording each focused element: every control must be reached, each with a
 * visible focus, and the walk must come round (no keyboard trap). Then checks that Shift+Tab
 * walks the same stops backwards, from a few places in the page.
 */
export async function walkTabOrder(page: Page, max = 400): Promise<TabWalk> {
  const controls = await page.evaluate(() => {
    document.querySelectorAll('[data-kbd]').forEach((e) => e.removeAttribute('data-kbd'));
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]')]
      // rendered: not in a closed <details> (whose content keeps a box but is not shown), not display: none
      .filter((e) => !(e as HTMLButtonElement).disabled && e.tabIndex >= 0 && e.checkVisibility());
    all.forEach((e, i) => { e.dataset.kbd = String(i); });
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
    window.scrollTo(0, 0);
    return all.map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} « ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)} »`);
  });
  const current = () => page.evaluate((): TabStop | null => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body || e === document.documentElement) return null;
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    return {
      kbd: e.dataset.kbd ?? '',
      what: `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} « ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)} »`,
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
      visible: r.width >= 4 && r.height >= 4 && s.clipPath === 'none' && s.visibility === 'visible' && Number(s.opacity) > 0,
    };
  });
  const stops: TabStop[] = [];
  let cycled = false;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await current();
    if (!stop) continue; // between the end of the page and its top
    if (stops.length > 1 && stop.kbd === stops[0].kbd && stop.what === stops[0].what) { cycled = true; break; }
    stops.push(stop);
  }
  const reached = new Set(stops.map((s) => s.kbd));
  // backwards: from the stops at a quarter, half and three quarters of the way, Shift+Tab
  for (const at of [Math.floor(stops.length / 4), Math.floor(stops.length / 2), Math.floor((3 * stops.length) / 4)].filter((k) => k > 0)) {
    await page.evaluate((kbd) => (document.querySelector(`[data-kbd="${kbd}"]`) as HTMLElement | null)?.focus(), stops[at].kbd);
    await page.keyboard.press('Shift+Tab');
    expect((await current())?.what, `Shift+Tab from ${stops[at].what}`).toBe(stops[at - 1].what);
  }
  return {
    controls: controls.length,
    stops,
    missed: controls.filter((_, i) => !reached.has(String(i))),
    unseen: stops.filter((s) => !s.outline || !s.visible).map((s) => `${s.what}${s.outline ? '' : ' (no outline)'}${s.visible ? '' : ' (not visible)'}`),
    cycled,
  };
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = opts.max ?? 200;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((e) => e === document.activeElement || e === (document.activeElement?.shadowRoot?.activeElement ?? null))) return;
  }
  throw new Error(`tabTo: ${target.toString()} not reached in ${max} presses`);
}

/** The focused element's text (or its label), for assertions on where the focus is. */
export const focused = (page: Page) => page.evaluate(() => {
  const e = document.activeElement as HTMLElement | null;
  return !e || e === document.body ? null : (e.getAttribute('aria-label') ?? e.textContent ?? '').trim();
});
