/** The built manifests (issue #3 §6): Chrome side panel, Firefox sidebar, no host permission. */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & { permissions?: string[] };

describe('built manifests', () => {
  it('Chrome: side_panel, minimal permissions, no <all_urls> nor host permission, the timer shortcut', () => {
    const m = manifest(inject('chromeDir'));
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'sidePanel', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/|https?:\/\//);
    expect(m.commands).toMatchObject({ 'basculer-minuteur': { suggested_key: { default: 'Alt+Shift+T' } } });
    expect(m.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
  });

  it('Firefox: sidebar_action, no sidePanel permission, no host permission', () => {
    const m = manifest(inject('firefoxDir'));
    expect(m.manifest_version).toBe(2);
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(m.side_panel).toBeUndefined();
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\//);
  });
});
