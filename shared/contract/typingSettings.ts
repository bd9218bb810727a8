import { z } from 'zod';

/**
 * The built-in Vietnamese input (Telex, VNI) for machines with no Vietnamese keyboard, and where
 * it puts tones: "new" hoà, thuý (the reform most keyboards default to), "old" hòa, thúy.
 */
export const TypingSettingsSchema = z.object({
  inputMode: z.enum(['off', 'telex', 'vni']),
  tonePlacement: z.enum(['new', 'old']),
});
export type TypingSettings = z.infer<typeof TypingSettingsSchema>;

/** Off: a reporter's own keyboard (or IME) types until they turn Telex or VNI on. */
export const DEFAULT_TYPING_SETTINGS: TypingSettings = { inputMode: 'off', tonePlacement: 'new' };
