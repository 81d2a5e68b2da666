import { createJSONStorage, persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";

/** How much the park's picture may cost the device. */
export const QUALITIES = ["high", "balanced", "low"] as const;
export type Quality = (typeof QUALITIES)[number];

export const isQuality = (value: unknown): value is Quality =>
  typeof value === "string" && (QUALITIES as readonly string[]).includes(value);

/** What each quality asks of the <Canvas>: `dpr` is fiber's device pixel ratio (a range is clamped to the screen's). */
export interface QualityPreset {
  shadows: boolean;
  dpr: number | [number, number];
}

export const QUALITY_PRESETS: Record<Quality, QualityPreset> = {
  high: { shadows: true, dpr: [1, 2] },
  balanced: { shadows: true, dpr: 1 },
  // Fewer pixels than the screen has: blurrier, but the fill rate a weak GPU can keep up with.
  low: { shadows: false, dpr: 0.75 },
};

/**
 * The quality to start with before the person chooses one. Few cores mean a weak phone or
 * laptop; a very dense screen (3x phones) has many pixels to fill, so it starts one step lower
 * unless the device has many cores. Unknown core counts (some browsers hide them) get Balanced.
 */
export function defaultQuality(device: { cores: number | undefined; pixelRatio: number }): Quality {
  const { cores, pixelRatio } = device;
  if (cores === undefined || cores <= 0) return "balanced";
  if (cores <= 2) return "low";
  if (cores <= 4) return "balanced";
  if (pixelRatio >= 3 && cores <= 8) return "balanced";
  return "high";
}

export interface SettingsState {
  quality: Quality;
}

export const SETTINGS_STORAGE_KEY = "enclave.settings";

const detected = (): Quality =>
  typeof navigator === "undefined"
    ? "balanced"
    : defaultQuality({ cores: navigator.hardwareConcurrency, pixelRatio: typeof devicePixelRatio === "number" ? devicePixelRatio : 1 });

/** The person's display settings, kept in localStorage; a stored value is checked, not trusted. */
export const createSettingsStore = () =>
  createStore<SettingsState>()(
    persist(() => ({ quality: detected() }), {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      merge: (stored, current) => {
        const quality = (stored as { quality?: unknown } | null)?.quality;
        return isQuality(quality) ? { ...current, quality } : current;
      },
    }),
  );

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export const settingsStore: SettingsStore = createSettingsStore();

export function setQuality(store: SettingsStore, quality: Quality): void {
  store.setState({ quality });
}
