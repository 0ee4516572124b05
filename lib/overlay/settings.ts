/**
 * Settings of the page's checklist card (issue #4 §4): on or off (panel settings), and where the
 * user left it. Kept in `storage.local` by extension contexts; the card itself reads them through
 * the background. Repaired on read (STYLE.md §10).
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { placementSchema } from '../messaging/protocol.ts';

export const overlaySettingsSchema = z.strictObject({
  /** show the checklist card on the pages of the case-management app */
  enabled: z.boolean(),
});
export type OverlaySettings = z.infer<typeof overlaySettingsSchema>;
export type Placement = z.infer<typeof placementSchema>;

export const DEFAULT_OVERLAY_SETTINGS: Readonly<OverlaySettings> = Object.freeze({ enabled: true });

export const overlaySettingsItem = storage.defineItem<OverlaySettings>('local:overlay', { fallback: { ...DEFAULT_OVERLAY_SETTINGS }, version: 1 });
export const overlayPlacementItem = storage.defineItem<Placement | null>('local:overlayPlacement', { fallback: null, version: 1 });

export function repairOverlaySettings(raw: unknown): OverlaySettings {
  const r = overlaySettingsSchema.safeParse(raw);
  return r.success ? r.data : { ...DEFAULT_OVERLAY_SETTINGS };
}

export async function loadOverlaySettings(): Promise<OverlaySettings> {
  return repairOverlaySettings(await overlaySettingsItem.getValue());
}

export async function loadPlacement(): Promise<Placement | undefined> {
  const r = placementSchema.safeParse(await overlayPlacementItem.getValue());
  return r.success ? r.data : undefined;
}
