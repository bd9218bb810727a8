import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { convertLegacy, detectLegacy } from '../../../shared/text/legacy';
import './legacyCaption.css';

export interface LegacyCaptionOfferProps {
  caption: string;
  onCaption: (caption: string) => void;
}

/**
 * Old cameras and agency archives wrote IPTC captions in TCVN3 or VNI ("¶nh: NguyÔn V¨n HiÕu").
 * Where a caption reads that way, one click converts it; the old text stays at hand to put back.
 */
export function LegacyCaptionOffer({ caption, onCaption }: LegacyCaptionOfferProps) {
  const { t } = useTranslation();
  const [before, setBefore] = useState<{ legacy: string; converted: string } | null>(null);
  const found = detectLegacy(caption);
  if (before && before.converted === caption)
    return (
      <p className="legacy-caption" role="status" data-testid="caption-legacy">
        {t('legacy.converted')}{' '}
        <button
          type="button"
          className="button button-small"
          data-testid="caption-legacy-undo"
          onClick={() => {
            onCaption(before.legacy);
            setBefore(null);
          }}
        >
          {t('legacy.undo')}
        </button>
      </p>
    );
  if (!found) return null;
  return (
    <p className="legacy-caption" data-testid="caption-legacy">
      {t('legacy.captionFound', { encoding: t(`legacy.encoding.${found.encoding}`) })}{' '}
      <button
        type="button"
        className="button button-small button-primary"
        data-testid="caption-legacy-convert"
        onClick={() => {
          const converted = convertLegacy(caption, { encoding: found.encoding, caps: false });
          setBefore({ legacy: caption, converted });
          onCaption(converted);
        }}
      >
        {t('legacy.convertCaption')}
      </button>
    </p>
  );
}
