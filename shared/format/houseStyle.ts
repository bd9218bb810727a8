import { z } from 'zod';

/**
 * The outlet's house style, from the settings. Patterns use {tokens} (see dateline.ts and
 * leadPrefix.ts); a part in [brackets] is left out when a token inside it is empty.
 */
export const HouseStyleSchema = z.object({
  /** The outlet's tag, as the lead prefix shows it: "NSMT". Empty: no prefix. */
  outlet: z.string().max(64),
  /** One pattern per article language. */
  datelinePattern: z.object({ vi: z.string().max(200), en: z.string().max(200) }),
  /** "({outlet}) - " → "(NSMT) - ". */
  leadPrefixPattern: z.string().max(100),
});
export type HouseStyle = z.infer<typeof HouseStyleSchema>;

/**
 * Vietnamese: the reference article's "Thứ ba, 15/10/2024, 16:41". (The reference page adds "PM"
 * after a 24-hour time; the default leaves that redundancy out — an outlet that wants it adds {a}.)
 * A common variant with the place first: "[{PLACE} – ]{weekday}, {dd}/{MM}/{yyyy}, {HH}:{mm}".
 */
export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  outlet: '',
  datelinePattern: {
    vi: '{weekday}, {dd}/{MM}/{yyyy}, {HH}:{mm}',
    en: '{weekday}, {month} {d}, {yyyy}, {h}:{mm} {a}',
  },
  leadPrefixPattern: '({outlet}) - ',
};

/**
 * Fills {tokens} from `values`. A [bracketed] part disappears when any token in it is empty, so
 * "[{PLACE} – ]" shows "CẦN THƠ – " or nothing. Unknown tokens stay as written, to be seen and fixed.
 */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  const fill = (part: string) => part.replace(/\{(\w+)\}/g, (token, name: string) => values[name] ?? token);
  return pattern.replace(/\[([^\]]*)\]|[^[]+|\[/g, (match, group: string | undefined) => {
    if (group === undefined) return fill(match);
    const tokens = [...group.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    return tokens.some((name) => values[name] === '') ? '' : fill(group);
  });
}
