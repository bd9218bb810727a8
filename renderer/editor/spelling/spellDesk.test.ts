import en from 'dictionary-en';
import vi from 'dictionary-vi';
import { afterEach, beforeEach, describe, expect, it, vi as spy, type MockInstance } from 'vitest';
import { Speller } from '../../../shared/text/spelling/speller';
import { addedThisSession, deskWordsOf } from './deskWords';
import type { SpellReply, SpellRequest } from './protocol';
import { SpellClient, type SpellWorkerPort } from './spellClient';
import { SpellDesk } from './spellDesk';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const speller = new Speller({
  vi: { aff: text(vi.aff), dic: text(vi.dic) },
  en: { aff: text(en.aff), dic: text(en.dic) },
});

/** A desk-sized outlet list: 50,000 made-up names of letters only ("Qab", "Qac", …), plus NSMT. */
const letters = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
const OUTLET = ['NSMT', ...Array.from({ length: 49_999 }, (_, i) => `Q${letters(i + 26 * 26)}`)];
const BODY = 'Theo NSMT, người dân ở Cần Thơ phải sơ tánn khỏi vùng ngập.';
const HEADLINE = 'Sacombankk tăng lãi suất sau Khởii';

/** The worker without its thread: requests are cloned across, as postMessage does, and answered by SpellDesk. */
function clientOverDesk() {
  const crossed: SpellRequest[] = [];
  const desk = new SpellDesk(() => speller);
  const port: SpellWorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      crossed.push(structuredClone(request));
      const reply = desk.answer(structuredClone(request));
      queueMicrotask(() => port.onmessage?.(new MessageEvent<SpellReply>('message', { data: reply })));
    },
  };
  return { client: new SpellClient(() => port), crossed };
}

const flagged = async (marks: Promise<{ word: string }[][]>) => (await marks).flat().map((m) => m.word);

describe('the spelling worker with the body and the fields of open stories', () => {
  let rebuilds: MockInstance<Speller['setAcceptedWords']>;
  let additions: MockInstance<Speller['acceptWords']>;
  const personal: readonly string[] = ['Sacombank'];
  beforeEach(() => {
    rebuilds = spy.spyOn(speller, 'setAcceptedWords');
    additions = spy.spyOn(speller, 'acceptWords');
  });
  afterEach(() => {
    spy.restoreAllMocks();
    addedThisSession.confirmed(addedThisSession.words());
  });

  it('holds the desk words once while checks alternate between the body and a field', async () => {
    const { client, crossed } = clientOverDesk();
    const known: number[] = [];
    for (let round = 0; round < 10; round++) {
      // Each checker reads the desk words as its hook does, on every render.
      const desk = deskWordsOf(personal, OUTLET, addedThisSession.words());
      expect(await flagged(client.check({ language: 'vi', desk, ignored: [] }, [BODY]))).toEqual(['tánn']);
      const again = deskWordsOf(personal, OUTLET, addedThisSession.words());
      expect(await flagged(client.check({ language: 'vi', desk: again, ignored: [] }, [HEADLINE]))).toEqual([
        'Sacombankk',
        'Khởii',
      ]);
      known.push(speller.knownVerdicts);
    }
    expect(rebuilds).toHaveBeenCalledTimes(1);
    expect(additions).not.toHaveBeenCalled();
    // The 50,000 words crossed to the worker once, and no verdict was forgotten on the way.
    expect(crossed.filter((request) => request.kind === 'check' && request.desk)).toHaveLength(1);
    expect(new Set(known)).toEqual(new Set([known[0]]));
  });

  it('accepts a word added from a field in the body at once, sending only that word', async () => {
    const { client, crossed } = clientOverDesk();
    const ask = (texts: string[]) =>
      flagged(
        client.check(
          { language: 'vi', desk: deskWordsOf(personal, OUTLET, addedThisSession.words()), ignored: [] },
          texts,
        ),
      );
    expect(await ask([HEADLINE])).toEqual(['Sacombankk', 'Khởii']);
    expect(await ask([BODY + ' Sacombankk báo lãi.'])).toEqual(['tánn', 'Sacombankk']);
    const before = speller.knownVerdicts;

    addedThisSession.add('Sacombankk'); // "Add to my dictionary" in the headline's menu

    expect(await ask([BODY + ' Sacombankk báo lãi.'])).toEqual(['tánn']);
    expect(await ask([HEADLINE])).toEqual(['Khởii']);
    expect(rebuilds).toHaveBeenCalledTimes(1);
    expect(additions).toHaveBeenCalledWith(['Sacombankk']);
    expect(crossed.at(-2)).toMatchObject({ desk: { kind: 'add', words: ['Sacombankk'] } });
    // Only the added word's verdict was judged again.
    expect(speller.knownVerdicts).toBe(before);

    // The settings come back with it: the same words, so nothing crosses and nothing is rebuilt.
    const saved = [...personal, 'Sacombankk'];
    addedThisSession.confirmed(saved);
    const sent = crossed.length;
    const desk = deskWordsOf(saved, OUTLET, addedThisSession.words());
    expect(await flagged(client.check({ language: 'vi', desk, ignored: [] }, [HEADLINE]))).toEqual(['Khởii']);
    expect(crossed.slice(sent)).toEqual([expect.not.objectContaining({ desk: expect.anything() })]);
    expect(rebuilds).toHaveBeenCalledTimes(1);

    // Taken out of my dictionary in Settings: marked again (the whole list crosses, once).
    const removed = deskWordsOf(personal, OUTLET, addedThisSession.words());
    expect(await flagged(client.check({ language: 'vi', desk: removed, ignored: [] }, [HEADLINE]))).toEqual([
      'Sacombankk',
      'Khởii',
    ]);
    expect(rebuilds).toHaveBeenCalledTimes(2);
  });

  it('keeps words ignored in one story out of the others, without touching the desk words', async () => {
    const { client } = clientOverDesk();
    const desk = deskWordsOf(personal, OUTLET, addedThisSession.words());
    const storyA = { language: 'vi' as const, desk, ignored: ['Khởii'] };
    const storyB = { language: 'vi' as const, desk, ignored: [] };
    for (let round = 0; round < 3; round++) {
      expect(await flagged(client.check(storyA, [HEADLINE]))).toEqual(['Sacombankk']);
      expect(await flagged(client.check(storyB, [HEADLINE]))).toEqual(['Sacombankk', 'Khởii']);
    }
    expect(rebuilds).toHaveBeenCalledTimes(1);
    expect(additions).not.toHaveBeenCalled();
  });
});
