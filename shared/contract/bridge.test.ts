import { describe, expect, it } from 'vitest';
import { operations } from './index';
import { bytesForIpc } from './bridge';

const draftId = '00000000-0000-4000-8000-000000000001';

describe('bytesForIpc (the preload, before ipcRenderer.invoke)', () => {
  it('reads a staged File into the bytes main validates, keeping the rest of the request', async () => {
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'Ảnh.jpg');
    const request = { draftId, name: 'Ảnh.jpg', data: file };
    const sent = (await bytesForIpc(request)) as typeof request & { data: Uint8Array };
    expect(sent.data).toBeInstanceOf(Uint8Array);
    expect([...sent.data]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect(sent.name).toBe('Ảnh.jpg');
    // What main receives passes the contract as main checks it.
    expect(operations['photos.stage'].request.safeParse(sent).success).toBe(true);
    // The page's own object is left as it was.
    expect(request.data).toBe(file);
  });

  it('passes every other request through untouched', async () => {
    const save = { id: draftId, headline: 'Hà Nội', body: null, bodyText: '' };
    await expect(bytesForIpc(save)).resolves.toBe(save);
    const bytes = { draftId, name: 'a.jpg', data: new Uint8Array([1]) };
    await expect(bytesForIpc(bytes)).resolves.toBe(bytes);
    await expect(bytesForIpc(undefined)).resolves.toBeUndefined();
  });

  it('refuses a file over the limit by its size, without reading it', () => {
    const huge = { size: 135_000_001 } as Blob;
    Object.setPrototypeOf(huge, Blob.prototype);
    const parsed = operations['photos.stage'].request.safeParse({ draftId, name: 'big.tif', data: huge });
    expect(parsed.success).toBe(false);
  });
});
