// 字体大小: three steps for elderly eyes. Each choice is drawn at the size it gives, so the difference
// is seen before it is chosen; a radio group of real buttons, so it works by keyboard and reader.
import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { FONT_SCALES, useFontScale } from '../shell/font-scale.ts';

export function FontScalePicker() {
  const { t } = useTranslation('h5');
  const [scale, setScale] = useFontScale();
  return (
    <List.Item description={t('profile.fontScaleHint')}>
      <span id="hy-m-font-scale-label">{t('profile.fontScale')}</span>
      <div className="hy-m-font-scale" role="radiogroup" aria-labelledby="hy-m-font-scale-label">
        {FONT_SCALES.map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={scale === s}
            className={`hy-m-font-scale-option hy-m-font-scale-${s}`}
            onClick={() => setScale(s)}
          >
            {t(`profile.fontScales.${s}`)}
          </button>
        ))}
      </div>
    </List.Item>
  );
}
