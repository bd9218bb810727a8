/**
 * A system locale ("en-US", "vi-VN", "fr-FR") as Newsdesk speaks it: English for English-language
 * systems, Vietnamese otherwise. The one rule for the window's first language, main's dialogs, the
 * menu and the send notifications.
 */
export const languageOfLocale = (locale: string): 'vi' | 'en' => (locale.toLowerCase().startsWith('en') ? 'en' : 'vi');
