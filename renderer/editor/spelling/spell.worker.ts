/*
 * The spellchecker's own thread: the dictionaries (about 600 KB of hunspell text) are read and
 * compiled here, and every check and suggestion runs here, so typing never waits for them.
 * The .aff/.dic files are bundled into this worker's chunk (?raw), so nothing is fetched: the
 * same in Electron (app://) and the web host, offline, under the page's CSP (a same-origin
 * module worker is covered by script-src 'self'). What a request does is SpellDesk's.
 */
import enAff from '../../../node_modules/dictionary-en/index.aff?raw';
import enDic from '../../../node_modules/dictionary-en/index.dic?raw';
import viAff from '../../../node_modules/dictionary-vi/index.aff?raw';
import viDic from '../../../node_modules/dictionary-vi/index.dic?raw';
import { Speller } from '../../../shared/text/spelling/speller';
import type { SpellReply, SpellRequest } from './protocol';
import { SpellDesk } from './spellDesk';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null;
  postMessage(reply: SpellReply): void;
}
const scope = self as unknown as WorkerScope;

const desk = new SpellDesk(() => new Speller({ vi: { aff: viAff, dic: viDic }, en: { aff: enAff, dic: enDic } }));

scope.onmessage = (event) => {
  try {
    scope.postMessage(desk.answer(event.data));
  } catch (error) {
    scope.postMessage({ id: event.data.id, kind: 'failed', message: String(error) });
  }
};
