import { z } from 'zod';

const Entry = z.string().min(1).max(200);

/**
 * The words the spellchecker accepts beyond its dictionaries. "personal": what this reporter
 * added ("Add to my dictionary"); "outlet": the desk's shared list (names, places, NSMT, UBND,
 * TTXVN), imported and exported in Settings as a plain text file, one entry a line.
 */
export const SpellingSettingsSchema = z.object({
  enabled: z.boolean(),
  personal: z.array(Entry).max(20_000),
  outlet: z.array(Entry).max(50_000),
});
export type SpellingSettings = z.infer<typeof SpellingSettingsSchema>;

export const DEFAULT_SPELLING_SETTINGS: SpellingSettings = { enabled: true, personal: [], outlet: [] };
