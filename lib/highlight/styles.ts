/**
 * Styles of Cadre's marks. `HIGHLIGHT_CSS` goes into the host document (or shadow root) holding a
 * contenteditable, as an adopted style sheet: `::highlight()` rules must live in the tree of the
 * text they paint, and an adopted sheet adds no node to the host DOM. `ROOT_CSS` styles Cadre's
 * own shadow root (overlay marks, mirror, card).
 */
import type { Severity } from '../lint/types.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const highlightName = (s: Severity | 'active') => `cadre-${s}`;

const COLORS: Record<Severity, string> = { error: '#d0312d', warning: '#c26a00', info: '#2f6fb5' };

export const HIGHLIGHT_CSS = `
::highlight(cadre-error) { background-color: rgba(208, 49, 45, 0.14); text-decoration: underline wavy ${COLORS.error}; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(cadre-warning) { background-color: rgba(194, 106, 0, 0.12); text-decoration: underline wavy ${COLORS.warning}; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(cadre-info) { text-decoration: underline dotted ${COLORS.info}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(cadre-active) { background-color: rgba(255, 213, 79, 0.55); }
`;

export const ROOT_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none; contain: layout style; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.scroller { position: absolute; left: 0; top: 0; will-change: transform; }
.mark { position: absolute; pointer-events: none; border-radius: 1px; }
.mark.error { background: rgba(208, 49, 45, 0.13); box-shadow: inset 0 -2px 0 ${COLORS.error}; }
.mark.warning { background: rgba(194, 106, 0, 0.11); box-shadow: inset 0 -2px 0 ${COLORS.warning}; }
.mark.info { box-shadow: inset 0 -2px 0 ${COLORS.info}; }
.mark.active { background: rgba(255, 213, 79, 0.5); }
.mirror { position: fixed; left: -100000px; top: 0; visibility: hidden; white-space: pre-wrap; overflow-wrap: break-word; border: 0; margin: 0; box-sizing: border-box; overflow: hidden; }
.status { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
