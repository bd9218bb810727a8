import { z } from 'zod';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../format/houseStyle';
import { operation } from './operation';
import { RenditionSettingsSchema } from './renditionSettings';
import { SpellingSettingsSchema } from './spellingSettings';
import { TypingSettingsSchema } from './typingSettings';
import { UpdateSettingsSchema } from './updateSettings';

export const CodeReplacementSchema = z.object({
  /** "=nvh=": what the reporter types. */
  code: z.string().min(2).max(64),
  /** "Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ": what it becomes (NFC). */
  replacement: z.string().min(1).max(2000),
});

export const SettingsSchema = z.object({
  /** null: follow the system language. */
  language: z.enum(['vi', 'en']).nullable(),
  /** The house outlet tag of the lead prefix, "NSMT". */
  outletTag: z.string().max(32),
  /** How the dateline is printed, per article language: "{weekday}, {dd}/{MM}/{yyyy}, {HH}:{mm}". */
  datelinePattern: z.object({ vi: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
  /** What the lead starts with: "({outlet}) - " → "(NSMT) - ". */
  leadPrefixPattern: z.string().max(100),
  codeReplacements: z.array(CodeReplacementSchema).max(5000),
  /** Rendition widths, JPEG and WebP quality: Settings → Photo renditions. */
  photos: RenditionSettingsSchema,
  typing: TypingSettingsSchema,
  spelling: SpellingSettingsSchema,
  /** The newsroom's update feed: Settings → Updates (off, null, by default). */
  updates: UpdateSettingsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The house style the formatters and exports take, from the settings (defaults before they load). */
export function houseStyleOf(
  settings: Pick<Settings, 'outletTag' | 'datelinePattern' | 'leadPrefixPattern'> | null,
): HouseStyle {
  if (!settings) return DEFAULT_HOUSE_STYLE;
  return {
    outlet: settings.outletTag,
    datelinePattern: settings.datelinePattern,
    leadPrefixPattern: settings.leadPrefixPattern,
  };
}

export const settingsOperations = {
  'settings.get': operation(z.object({}).strict(), z.object({ settings: SettingsSchema })),
  /** Changes the given settings; the rest stay. */
  'settings.update': operation(SettingsSchema.partial().strict(), z.object({ settings: SettingsSchema })),
};

export const settingsEvents = {
  'settings.changed': z.object({ settings: SettingsSchema }),
};
