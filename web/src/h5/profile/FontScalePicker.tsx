// 字体大小: three steps for elderly eyes. Each choice is drawn at the size it gives, so the difference
// is seen before it is chosen; real radio buttons in a fieldset, so it works by keyboard and reader.
import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { FONT_SCALES, useFontScale } from '../shell/font-scale.ts';

export function FontScalePicker() {
  const { t } = useTranslation('h5');
  const [scale, setScale] = useFontScale();
  return (
    <List.Item description={t('profile.fontScaleHint')}>
      <fieldset className="hy-m-font-scale">
        <legend>{t('profile.fontScale')}</legend>
        <div className="hy-m-font-scale-options">
          {FONT_SCALES.map((s) => (
            <label key={s} className={`hy-m-font-scale-option hy-m-font-scale-${s}${scale === s ? ' is-checked' : ''}`}>
              <input type="radio" name="hy-m-font-scale" value={s} checked={scale === s} onChange={() => setScale(s)} />
              {t(`profile.fontScales.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </List.Item>
  );
}
