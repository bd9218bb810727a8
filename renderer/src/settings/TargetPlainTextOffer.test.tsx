// @vitest-environment jsdom
import i18next, { type i18n as I18n } from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SecretKeptSchema, type SecretKept, type Target } from '../../../shared/contract/sync';
import { resources } from '../../i18n';
import { TargetForm } from './TargetForm';
import { secretKept } from './secretMemory';
import { blankDraft } from './targetDraft';

/*
 * Settings → Targets on Linux without a keyring: the bridge answers setSecret as the desktop's
 * SecretStore does there (basic_text: not remembered unless plain text is accepted). The form
 * says why in words, offers plain text with its risk, and only a click on that offer stores it.
 */

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

interface SecretRequest {
  targetId: string;
  secret: string;
  acceptPlainText?: boolean;
}

/** The keyring-less desktop's answers, checked against the contract like every response. */
function keyringlessBridge() {
  const requests: SecretRequest[] = [];
  const setSecret = (request: SecretRequest) => {
    requests.push(request);
    const kept: SecretKept = request.acceptPlainText
      ? { remembered: true }
      : { remembered: false, reason: 'plain_text_refused' };
    return Promise.resolve({ ok: true as const, data: SecretKeptSchema.parse(kept) });
  };
  const saveTarget = ({ target }: { target: Target }) => Promise.resolve({ ok: true as const, data: { target } });
  Object.defineProperty(window, 'newsdesk', { configurable: true, value: { sync: { setSecret, saveTarget } } });
  return requests;
}

let i18n: I18n;
let root: Root | null = null;
let host: HTMLElement;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host?.remove();
});

const wordpressDraft = {
  ...blankDraft('wordpress'),
  name: 'Báo Cần Thơ',
  url: 'https://cms.example.org',
  username: 'reporter',
  secret: 'abcd efgh ijkl mnop qrst uvwx',
};

async function renderForm(onSaved: (target: Target) => void) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <I18nextProvider i18n={i18n}>
        <TargetForm initial={wordpressDraft} saved={null} onSaved={onSaved} onCancel={() => undefined} />
      </I18nextProvider>,
    );
  });
}

const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const click = (id: string) => act(async () => byTestId(id)!.click());

describe('a password this computer can only keep as plain text', () => {
  it('says why in words and stores it in plain text only when the reporter accepts the risk', async () => {
    const requests = keyringlessBridge();
    const saved: Target[] = [];
    await renderForm((target) => saved.push(target));

    await click('target-save');
    const offer = byTestId('plain-text-offer');
    expect(offer?.textContent).toContain('no keyring');
    expect(offer?.textContent).toContain('plain text in the data folder');
    expect(offer?.textContent).toContain('post to your CMS as you');
    expect(byTestId('plain-text-accept')?.textContent).toBe('I understand the risk: remember it in plain text');
    // Nothing stored in plain text yet, and the form stays open until the reporter chooses.
    expect(requests.map((r) => r.acceptPlainText ?? false)).toEqual([false]);
    expect(saved).toEqual([]);

    await click('plain-text-accept');
    expect(requests.map((r) => r.acceptPlainText ?? false)).toEqual([false, true]);
    expect(requests[1].secret).toBe(wordpressDraft.secret);
    expect(saved).toHaveLength(1);
    expect(secretKept(saved[0].id)).toEqual({ remembered: true });
  });

  it('keeps it for this session only when the reporter declines', async () => {
    const requests = keyringlessBridge();
    const saved: Target[] = [];
    await renderForm((target) => saved.push(target));
    await click('target-save');
    await click('plain-text-decline');
    expect(requests).toHaveLength(1);
    expect(saved).toHaveLength(1);
    expect(secretKept(saved[0].id)).toEqual({ remembered: false, reason: 'plain_text_refused' });
  });
});
