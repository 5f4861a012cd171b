import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage } from '../app/i18n.ts';

/** Two pressed-state buttons rather than a dropdown so the choice is one click and readable by screen readers. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div role="group" aria-label={t('lang.label')} data-testid="lang-switch">
      <Space.Compact>
        {LANGUAGES.map((lng) => (
          <Button
            key={lng}
            size="small"
            type={lng === active ? 'primary' : 'default'}
            aria-pressed={lng === active}
            aria-label={t('lang.switchTo', { name: t(`lang.${lng}`) })}
            title={t(`lang.${lng}`)}
            lang={lng}
            data-testid={`lang-${lng}`}
            onClick={() => void i18n.changeLanguage(lng)}
          >
            {lng.toUpperCase()}
          </Button>
        ))}
      </Space.Compact>
    </div>
  );
}
