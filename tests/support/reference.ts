import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The team's shared folder (reference article, fixtures); lives beside the checkout. */
export const sharedDir = path.resolve(process.env.NEWSDESK_SHARED_DIR ?? path.join(root, '../shared'));
/** Real camera and agency photos; tests read them in place, never copy them into the repo. */
export const photosDir = path.resolve(process.env.NEWSDESK_PHOTOS_DIR ?? path.join(sharedDir, 'fixtures/photos'));

export interface ReferenceArticle {
  section: string;
  headline: string;
  dateline: string;
  /** Paragraphs of the story, the lead first, up to the byline. */
  paragraphs: string[];
}

/** Reads ../shared/reference/sample-article-vi.txt: blank-line separated blocks, in page order. */
export function readReferenceArticle(): ReferenceArticle {
  const file = path.join(sharedDir, 'reference/sample-article-vi.txt');
  const blocks = readFileSync(file, 'utf8')
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const [section, headline, dateline, ...rest] = blocks;
  return { section, headline, dateline, paragraphs: rest };
}
