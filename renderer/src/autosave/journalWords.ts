import { currentLanguage } from '../../i18n';

/**
 * The unsaved-text offer's words. Kept beside the component while the shared locale files are
 * being reworked by another change; they move to shared/i18n/locales with the next pass.
 */
const WORDS = {
  vi: {
    title: 'Có chữ chưa lưu từ lần mở trước ({{time}})',
    hint: 'Kết nối tới Newsdesk đã bị ngắt trước khi phần này được lưu. Hãy so sánh với bài đang hiện rồi chọn.',
    show: 'Xem phần chưa lưu',
    restore: 'Khôi phục phần chưa lưu',
    dismiss: 'Bỏ qua',
    restoreFailed: 'Không khôi phục được: {{reason}}',
  },
  en: {
    title: 'Unsaved text from an earlier session ({{time}})',
    hint: 'The connection to Newsdesk ended before this was saved. Compare it with the story shown, then choose.',
    show: 'Show the unsaved text',
    restore: 'Restore the unsaved text',
    dismiss: 'Dismiss',
    restoreFailed: 'Could not restore: {{reason}}',
  },
} as const;

export type JournalWord = keyof (typeof WORDS)['en'];

export function journalWord(key: JournalWord, values: Record<string, string> = {}): string {
  const text: string = WORDS[currentLanguage()][key];
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
