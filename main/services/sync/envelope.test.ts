import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeEnvelope, encodeEnvelope } from './envelope';

const Schema = z.object({ headline: z.string() });
const good = encodeEnvelope('outbox-job', 1, { headline: 'Cần Thơ' });

describe('the outbox envelope', () => {
  const cases: [name: string, text: string, expected: unknown][] = [
    ['whole', good, { ok: true, value: { headline: 'Cần Thơ' } }],
    ['cut short', good.slice(0, -8), { ok: false, problem: 'damaged' }],
    ['empty', '', { ok: false, problem: 'damaged' }],
    ['zero-filled', '\0'.repeat(good.length), { ok: false, problem: 'damaged' }],
    ['a byte changed', good.replace('Cần', 'Cân'), { ok: false, problem: 'damaged' }],
    ['another kind', encodeEnvelope('draft', 1, { headline: 'x' }), { ok: false, problem: 'damaged' }],
    ['a newer format', encodeEnvelope('outbox-job', 2, { headline: 'x' }), { ok: false, problem: 'newer' }],
    ['not the schema', encodeEnvelope('outbox-job', 1, { headline: 5 }), { ok: false, problem: 'damaged' }],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(decodeEnvelope(text, 'outbox-job', 1, Schema)).toEqual(expected));
  }
});
