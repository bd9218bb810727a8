import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import log from 'electron-log/node';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/photos';
import { configureLogFile, LOG_MAX_BYTES, logsFolder } from '../services/logging/logFile';

/*
 * The log file as the web host and the app write it (electron-log, real file in a data folder):
 * what support gets must hold no password and no word of a story.
 */

const scratch = await tempDir('newsdesk-log-');
afterAll(() => scratch.remove());

const headline = 'Nước lũ dâng cao ở Cần Thơ';
const bodyText = 'Sáng nay, mực nước sông Hậu lên mức báo động ba.';
const password = 'hunter2-Secret!';
const appPassword = 'abcd EFGH 1234 ijkl MNOP 5678';

describe('the main-process log file', () => {
  it('logs a draft save and a target with a password, and the file holds neither', async () => {
    const dataDir = path.join(scratch.dir, 'data');
    const logger = log.create({ logId: 'redaction-test' });
    logger.transports.console.level = false;
    const file = configureLogFile(logger, dataDir);
    expect(file).toBe(path.join(logsFolder(dataDir), 'main.log'));

    const draft = { id: 'd-1', revision: 4, fields: { headline, lead: bodyText }, body: { root: { text: bodyText } } };
    logger.info('drafts.save', { draftId: draft.id, draft });
    logger.info(`saved "${headline}"`.length, 'characters');
    const target = { id: 't-1', kind: 'wordpress', url: 'https://cms.example.vn', username: 'desk', password };
    logger.info('sync.saveTarget', target, { appPassword });
    logger.error(
      Object.assign(new Error(`POST https://desk:${password}@cms.example.vn/wp-json failed`), { code: 401 }),
    );
    logger.warn(`Authorization: Basic ${Buffer.from(`desk:${password}`).toString('base64')}`);

    const written = await readFile(file, 'utf8');
    expect(written).toContain('drafts.save');
    expect(written).toContain('sync.saveTarget');
    expect(written).toContain('[redacted]');
    for (const secret of [password, appPassword, Buffer.from(`desk:${password}`).toString('base64')]) {
      expect(written).not.toContain(secret);
    }
    for (const words of [headline, bodyText, 'Cần Thơ', 'sông Hậu']) expect(written).not.toContain(words);
  });

  it('rotates by size: main.log, then main.1.log … main.4.log, never more', async () => {
    const dataDir = path.join(scratch.dir, 'rotating');
    const logger = log.create({ logId: 'rotation-test' });
    logger.transports.console.level = false;
    configureLogFile(logger, dataDir);
    const line = 'x'.repeat(1900); // under the 2,000 characters a logged string is cut to
    for (let i = 0; i < (6 * LOG_MAX_BYTES) / line.length + 4; i++) logger.info(i, line);
    const files = (await readdir(logsFolder(dataDir))).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.4.log', 'main.log']);
  });
});
