/**
 * What the in-page controller needs from the heavy half of Cadre (engine, lexicons, zod, site
 * profiles). That half is a separate file loaded on demand (entrypoints/inpage-engine.ts), so that
 * the content script itself stays small (issue #4 §7: ≤ 80 KB gzip); this file holds types only.
 */
import type { Finding } from '../lint/types.ts';
import type { Language } from '../i18n/index.ts';
import type { Handlers } from '../messaging/protocol.ts';
import type { LintSettingsSummary } from '../audit/settings-summary.ts';

export interface PageInfoResult { profileId?: string; interviewType?: string; caseId?: string }

export interface InpageEngine {
  /** lint with the settings in force (rules, allowlist, extra terms); `interviewType` from the page */
  lint(text: string, document?: { interviewType?: string }): Finding[];
  shiftFindings<T extends { start: number; end: number }>(findings: readonly T[], oldText: string, newText: string): T[];
  /** a validating `runtime.onMessage` handler over the typed protocol (lib/messaging) */
  createHandler(handlers: Handlers): (message: unknown, sender?: unknown) => Promise<unknown> | undefined;
  /** interview type and case id read from the page by its site profile */
  pageInfo(url: string, doc: Pick<Document, 'querySelector'>): PageInfoResult;
  /** the site profile's selector of the report field(s), if a profile matches */
  reportSelector(url: string): string | undefined;
  /** the settings changed (lint configuration, site profiles): `cb` re-lints; returns the unsubscribe */
  onChange(cb: () => void): () => void;
  /** resolves once the settings in force were read: a one-shot page audit must not lint with the defaults */
  ready(): Promise<void>;
  /** the site profile's selector of the read-only report view (issue #5 §1), if a profile matches */
  reportViewSelector(url: string): string | undefined;
  /**
   * The report shown in the page (issue #5 §1): the report view's `selector`, else the selection,
   * else Readability on a clone of the document (the page is never touched).
   */
  extractReport(doc: Document, selector?: string): { text: string; method: 'profile' | 'selection' | 'readability'; title?: string } | undefined;
  /** the lint settings in force, as a page audit records them */
  settingsSummary(): LintSettingsSummary;
  /**
   * A finding's explanation in the UI's language (issue #6 §4): the English translations live in
   * this lazily loaded file, not in the content script.
   */
  explanation(finding: Pick<Finding, 'rule' | 'explanation'>, language: Language): string;
}

/** The global the engine file sets in the content script's world when it is imported. */
export const ENGINE_GLOBAL = '__cadreInpageEngine';
