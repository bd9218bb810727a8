import type { TFunction } from 'i18next';
import type { PhotoErrorCode, PhotoErrorDetail } from '../../../shared/contract';
import type { DraftDamage, TemplateProblem } from '../../../shared/contract';

/*
 * Main sends codes and plain values (file names, sizes, counts); these put them in the reader's
 * language. A detailed sentence is used only when main sent every value it needs, so a
 * placeholder never reaches the screen.
 */

const kib = (bytes: number) => Math.ceil(bytes / 1024);

/** Why a stored draft file was refused: "the file was cut short (10 of 90 bytes)". */
export function damageText({ code, detail }: DraftDamage, t: TFunction): string {
  if (code === 'cut_short' && detail.bytes !== undefined && detail.expectedBytes !== undefined) {
    return t('recovery.problems.cut_short_bytes', { bytes: detail.bytes, expectedBytes: detail.expectedBytes });
  }
  if (code === 'newer' && detail.format !== undefined && detail.supportedFormat !== undefined) {
    return t('recovery.problems.newer_format', { format: detail.format, supportedFormat: detail.supportedFormat });
  }
  if (code === 'invalid' && detail.field) return t('recovery.problems.invalid_field', { field: detail.field });
  if (code === 'unreadable' && detail.osCode) return t('recovery.problems.unreadable_os', { osCode: detail.osCode });
  return t(`recovery.problems.${code}`);
}

/** One outlet template file that was not loaded: "hong.json (not valid JSON)". */
export function templateProblemText({ file, code, detail }: TemplateProblem, t: TFunction): string {
  let problem: string;
  if (code === 'too_big' && detail.bytes !== undefined && detail.limitBytes !== undefined) {
    problem = t('templates.problems.too_big', { kib: kib(detail.bytes), limitKib: kib(detail.limitBytes) });
  } else if (code === 'duplicate_id' && detail.id !== undefined && detail.earlier !== undefined) {
    problem = t('templates.problems.duplicate_id', { id: detail.id, earlier: detail.earlier });
  } else if (code === 'invalid' && detail.field && detail.rule) {
    problem = t('templates.problems.invalid_field', { field: detail.field, rule: t(`templates.rules.${detail.rule}`) });
  } else if (code === 'invalid' && detail.rule) {
    problem = `${t('templates.problems.invalid')}: ${t(`templates.rules.${detail.rule}`)}`;
  } else if (code === 'too_big' || code === 'duplicate_id') {
    problem = t('templates.problems.invalid');
  } else {
    problem = t(`templates.problems.${code}`);
  }
  if (detail.osCode) problem = t('templates.problems.os', { problem, osCode: detail.osCode });
  return t('templates.fileProblem', { file, problem });
}

/** Why one photo was not imported, without the file name: "the file is damaged (ends early) — …". */
export function photoProblemText(code: PhotoErrorCode, detail: PhotoErrorDetail | undefined, t: TFunction): string {
  const d = detail ?? {};
  if (d.cause) return t(`photos.causes.${d.cause}`);
  switch (code) {
    case 'unreadable':
      return d.osCode ? t('photos.errorDetails.unreadable_os', { osCode: d.osCode }) : t('photos.errors.unreadable');
    case 'not_an_image':
      return d.looksLike
        ? t('photos.errorDetails.not_an_image_like', { what: t(`photos.looksLike.${d.looksLike}`) })
        : t('photos.errors.not_an_image');
    case 'unsupported':
      return d.format
        ? t('photos.errorDetails.unsupported_format', { format: d.format })
        : t('photos.errors.unsupported');
    case 'too_large':
      if (d.mebibytes !== undefined && d.limitMebibytes !== undefined) {
        return t('photos.errorDetails.too_large_bytes', { mebibytes: d.mebibytes, limitMebibytes: d.limitMebibytes });
      }
      if (d.width !== undefined && d.height !== undefined && d.megapixels !== undefined && d.limitMegapixels) {
        const { width, height, megapixels, limitMegapixels } = d;
        return t('photos.errorDetails.too_large_pixels', { width, height, megapixels, limitMegapixels });
      }
      if (d.limitMegapixels !== undefined) {
        return t('photos.errorDetails.too_large_limit', { limitMegapixels: d.limitMegapixels });
      }
      return t('photos.errors.too_large');
    case 'storage_failed':
      return d.reason
        ? t('photos.errorDetails.storage_failed_reason', { reason: t(`storageReasons.${d.reason}`) })
        : t('photos.errors.storage_failed');
    default:
      return t(`photos.errors.${code}`);
  }
}
