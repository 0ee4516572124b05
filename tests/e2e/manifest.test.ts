/**
 * The built manifests (issue #3 §6): Chrome side panel, Firefox sidebar. Issue #4 §1: the demo
 * app's two origins are the only hosts at install, any other site is optional (asked for at
 * runtime), and no content script is declared (the background registers it for granted sites).
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & { permissions?: string[] };

describe('built manifests', () => {
  it('Chrome: side_panel, minimal permissions, only the demo hosts at install, any other site optional, the timer shortcut', () => {
    const m = manifest(inject('chromeDir'));
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'sidePanel', 'storage']);
    expect(m.host_permissions).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.content_scripts).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    // the lazily imported engine is reachable from any enabled site, at a per-session address
    expect(m.web_accessible_resources).toEqual([{ resources: ['inpage-engine.js'], matches: ['*://*/*'], use_dynamic_url: true }]);
    expect(m.commands).toMatchObject({ 'basculer-minuteur': { suggested_key: { default: 'Alt+Shift+T' } } });
    expect(m.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
  });

  it('Firefox: sidebar_action, no sidePanel permission, the demo hosts only, any other site optional', () => {
    const m = manifest(inject('firefoxDir'));
    expect(m.manifest_version).toBe(2);
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(m.side_panel).toBeUndefined();
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'http://127.0.0.1/*', 'http://localhost/*', 'notifications', 'scripting', 'storage']);
    expect(m.optional_permissions).toEqual(['*://*/*']);
    expect(m.content_scripts).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });
});
