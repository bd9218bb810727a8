import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Platform } from '../../shared/commands/commands';
import { shortcutLabel } from '../../shared/commands/keyboard';
import { menuTemplate, type MenuEntry } from '../../shared/commands/menuTemplate';

/**
 * The native menu's one description (shared/commands), drawn as a page so a person can look at
 * every menu, label and shortcut in Vietnamese and English, for Windows/Linux and for macOS.
 * (No Electron binary here: this is the template Menu.buildFromTemplate receives.)
 */

const screens = path.resolve(import.meta.dirname, '../../test-results/screens');
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function itemsHtml(entries: MenuEntry[], platform: Platform): string {
  return entries
    .map((entry) => {
      if (entry.kind === 'separator') return '<li class="sep" role="separator"></li>';
      if (entry.kind === 'submenu')
        return `<li class="sub">${escape(entry.label)} ▸${entry.submenu.length ? `<ul>${itemsHtml(entry.submenu, platform)}</ul>` : ''}</li>`;
      const keys = entry.accelerator ? shortcutLabel(entry.accelerator, platform) : '';
      const off = entry.kind === 'command' && !entry.enabled ? ' class="off"' : '';
      return `<li${off}><span>${escape(entry.label)}</span><kbd>${escape(keys)}</kbd></li>`;
    })
    .join('');
}

function pageHtml(template: MenuEntry[], platform: Platform, title: string): string {
  const menus = template
    .map((menu) =>
      menu.kind === 'submenu'
        ? `<section data-testid="menu"><h2>${escape(menu.label)}</h2><ul>${itemsHtml(menu.submenu, platform)}</ul></section>`
        : '',
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
    body { font: 14px 'Noto Sans', system-ui, sans-serif; margin: 16px; background: #f7f6f2; }
    h1 { font-size: 16px; } .bar { display: flex; gap: 12px; align-items: flex-start; }
    section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 4px 0; min-width: 190px; }
    h2 { font-size: 13px; margin: 4px 12px 6px; color: #1d4f7a; }
    ul { list-style: none; margin: 0; padding: 0; } li { display: flex; justify-content: space-between; gap: 18px; padding: 3px 12px; }
    li.sub { display: block; } li.sub ul { margin-left: 8px; } li.off { color: #999; }
    li.sep { border-top: 1px solid #e2dfd7; margin: 3px 0; padding: 0; }
    kbd { font-family: inherit; color: #5b626b; }
  </style><h1>${escape(title)}</h1><div class="bar">${menus}</div>`;
}

for (const language of ['vi', 'en'] as const)
  for (const platform of ['win32', 'darwin'] as const)
    test(`the menu in ${language} on ${platform}`, async ({ page }) => {
      const state = { language, draftOpen: true, finished: false };
      const template = menuTemplate({ platform, state });
      await page.setViewportSize({ width: 1280, height: 520 });
      await page.setContent(pageHtml(template, platform, `${platform} · ${language} · draft open, not finished`));
      await expect(page.getByTestId('menu')).toHaveCount(platform === 'darwin' ? 6 : 5);
      const file = page.getByTestId('menu').filter({ hasText: language === 'vi' ? 'Tệp' : 'File' });
      await expect(file).toContainText(language === 'vi' ? 'Bản nháp mới' : 'New draft');
      await expect(file).toContainText(platform === 'darwin' ? '⇧⌘F' : 'Ctrl+Shift+F');
      // Send stays greyed out until the story is finished.
      await expect(file.locator('li.off')).toContainText(language === 'vi' ? 'Gửi' : 'Send');
      await mkdir(screens, { recursive: true });
      await page.screenshot({ path: path.join(screens, `menu-${platform}-${language}.png`) });
    });
