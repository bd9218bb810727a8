import { describe, expect, it } from 'vitest';
import { RenditionSettingsSchema } from '../../../shared/contract/renditionSettings';
import { formOf, readRenditionForm, type RenditionForm, type RenditionProblem } from './renditionForm';

const form = (change: Partial<RenditionForm>): RenditionForm => ({
  widths: '2048, 1280, 640',
  quality: '82',
  webp: false,
  webpQuality: '80',
  ...change,
});

describe('readRenditionForm', () => {
  // What a photo editor types → the widths stored, largest first.
  const accepted: [string, number[]][] = [
    ['2048, 1280, 640', [2048, 1280, 640]],
    ['2048/1280/640', [2048, 1280, 640]],
    ['640 1280 2048', [2048, 1280, 640]],
    [' 1600px; 800 px ,400 ', [1600, 800, 400]],
    ['320', [320]],
    ['64, 8192', [8192, 64]],
  ];
  it.each(accepted)('reads “%s” as %j', (widths, expected) => {
    const result = readRenditionForm(form({ widths }));
    expect(result).toEqual({ ok: true, settings: { widths: expected, quality: 82, webp: false, webpQuality: 80 } });
    // What the form accepts, the settings schema accepts too.
    if (result.ok) expect(RenditionSettingsSchema.safeParse(result.settings).success).toBe(true);
  });

  // What it refuses, each problem named once, every problem at once.
  const refused: [Partial<RenditionForm>, RenditionProblem[]][] = [
    [{ widths: '' }, [{ field: 'widths', code: 'empty' }]],
    [{ widths: ' , ' }, [{ field: 'widths', code: 'empty' }]],
    [{ widths: '2048, big' }, [{ field: 'widths', code: 'notWidth', text: 'big' }]],
    [{ widths: '1280.5' }, [{ field: 'widths', code: 'notWidth', text: '1280.5' }]],
    [{ widths: '-640' }, [{ field: 'widths', code: 'notWidth', text: '-640' }]],
    [{ widths: '2048, 32' }, [{ field: 'widths', code: 'outOfRange', width: 32 }]],
    [
      { widths: '10000, 0' },
      [
        { field: 'widths', code: 'outOfRange', width: 10000 },
        { field: 'widths', code: 'outOfRange', width: 0 },
      ],
    ],
    [{ widths: '1280, 640, 1280, 1280' }, [{ field: 'widths', code: 'twice', width: 1280 }]],
    [{ widths: '4096 3072 2048 1600 1280 1024 800 640 320' }, [{ field: 'widths', code: 'tooMany', count: 9 }]],
    [{ quality: '' }, [{ field: 'quality', code: 'quality', text: '' }]],
    [{ quality: '101' }, [{ field: 'quality', code: 'quality', text: '101' }]],
    [{ quality: '39' }, [{ field: 'quality', code: 'quality', text: '39' }]],
    [{ quality: '82.5' }, [{ field: 'quality', code: 'quality', text: '82.5' }]],
    [{ webp: true, webpQuality: 'x' }, [{ field: 'webpQuality', code: 'quality', text: 'x' }]],
    [
      { widths: '640, 640', quality: '0' },
      [
        { field: 'widths', code: 'twice', width: 640 },
        { field: 'quality', code: 'quality', text: '0' },
      ],
    ],
  ];
  it.each(refused)('refuses %j', (change, problems) => {
    expect(readRenditionForm(form(change))).toEqual({ ok: false, problems });
  });

  it('shows stored settings as the photo editor types them, and reads them back unchanged', () => {
    const stored = { widths: [2048, 1280, 640, 320], quality: 82, webp: true, webpQuality: 75 };
    expect(formOf(stored)).toEqual({ widths: '2048, 1280, 640, 320', quality: '82', webp: true, webpQuality: '75' });
    expect(readRenditionForm(formOf(stored))).toEqual({ ok: true, settings: stored });
  });
});
