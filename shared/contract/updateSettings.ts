import { z } from 'zod';

/*
 * Settings → Updates: the newsroom's own update feed (electron-builder's "generic" provider: a
 * folder on a web server holding latest.yml / latest-mac.yml and the installers). Empty means
 * off: Newsdesk never looks for updates until someone types a feed here.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type UpdateFeedProblem = 'not_a_url' | 'not_https' | 'has_credentials';

/** Why a typed feed address cannot be used, or undefined when it can. https only; plain http on this computer (loopback) for testing a feed. */
export function updateFeedProblem(input: string): UpdateFeedProblem | undefined {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return 'not_a_url';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) return 'not_https';
  // A password in the address would sit in settings.json and every log line that names the feed.
  if (url.username || url.password) return 'has_credentials';
  return undefined;
}

export const UpdateSettingsSchema = z.object({
  /** The feed's address, or null: updates off (the default). */
  feedUrl: z
    .string()
    .max(2000)
    .refine((value) => updateFeedProblem(value) === undefined, {
      message: 'an https address (http only on this computer)',
    })
    .nullable(),
});
export type UpdateSettings = z.infer<typeof UpdateSettingsSchema>;

export const defaultUpdateSettings: UpdateSettings = { feedUrl: null };
