import { z } from 'zod';

/** `none` is what a release packaged without a feed carries (build/package.mjs): it never looks for updates. */
export const NO_UPDATE_FEED = 'none';

export type UpdateFeed = { url: string } | { off: string };

const feedUrl = z.url({ protocol: /^https?$/ });

export interface UpdateFeedFacts {
  packaged: boolean;
  env: Record<string, string | undefined>;
  /** resources/app-update.yml, as electron-builder wrote it at packaging time; null when there is none. */
  packagedConfig: string | null;
}

/**
 * Where this installation looks for new versions (electron-updater's generic provider): the
 * deployment's ROKAD_UPDATE_URL on the PC, else the feed baked in at packaging time. `off` says
 * why there are no update checks, for the log, once.
 */
export function updateFeed(facts: UpdateFeedFacts): UpdateFeed {
  if (!facts.packaged) return { off: 'Rokad runs from its source: no update checks.' };
  // electron-builder writes the file itself (provider, url, cache folder, one per line), so its url line is read without a YAML parser.
  const packagedUrl = /^url:\s*['"]?([^'"\s]*)['"]?\s*$/m.exec(facts.packagedConfig ?? '')?.[1];
  const chosen = facts.env.ROKAD_UPDATE_URL?.trim() || packagedUrl;
  if (!chosen || chosen === NO_UPDATE_FEED) return { off: 'No update feed is set for this installation (ROKAD_UPDATE_URL): no update checks.' };
  const parsed = feedUrl.safeParse(chosen);
  if (!parsed.success) return { off: `The update feed "${chosen}" is not an http or https address: no update checks.` };
  return { url: parsed.data };
}
