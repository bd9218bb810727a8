/*
 * The spellchecker's own thread: the dictionaries (about 600 KB of hunspell text) are read and
 * compiled here, and every check and suggestion runs here, so typing never waits for them.
 * The .aff/.dic files are bundled into this worker's chunk (?raw), so nothing is fetched: the
 * same in Electron (app://) and the web host, offline, under the page's CSP (a same-origin
 * module worker is covered by script-src 'self').
 */
import enAff from '../../../node_modules/dictionary-en/index.aff?raw';
import enDic from '../../../node_modules/dictionary-en/index.dic?raw';
import viAff from '../../../node_modules/dictionary-vi/index.aff?raw';
import viDic from '../../../node_modules/dictionary-vi/index.dic?raw';
import { Speller } from '../../../shared/text/spelling/speller';
import type { SpellReply, SpellRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null;
  postMessage(reply: SpellReply): void;
}
const scope = self as unknown as WorkerScope;

let speller: Speller | null = null;
let acceptedNow: readonly string[] = [];

function spellerWith(accepted: readonly string[]): Speller {
  speller ??= new Speller({ vi: { aff: viAff, dic: viDic }, en: { aff: enAff, dic: enDic } });
  if (accepted !== acceptedNow && accepted.join('\n') !== acceptedNow.join('\n')) {
    speller.setAcceptedWords(accepted);
  }
  acceptedNow = accepted;
  return speller;
}

function answer(request: SpellRequest): SpellReply {
  if (request.kind === 'check') {
    const checker = spellerWith(request.accepted);
    return {
      id: request.id,
      kind: 'checked',
      misspellings: request.texts.map((text) =>
        checker.misspellings(text, request.language).map(({ start, end, word }) => ({ start, end, word })),
      ),
    };
  }
  const words = spellerWith(acceptedNow).suggest(request.word, request.language, request.placement);
  return { id: request.id, kind: 'suggested', words };
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(answer(event.data));
  } catch (error) {
    scope.postMessage({ id: event.data.id, kind: 'failed', message: String(error) });
  }
};
