import { useTranslation } from 'react-i18next';
import { currentLanguage, languages, setLanguage } from '../i18n';

/** One button per language, each labelled in its own language so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = currentLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="segment"
          lang={language}
          dir={i18n.dir(language)}
          aria-pressed={language === current}
          onClick={() => void setLanguage(language)}
        >
          {i18n.getFixedT(language)('meta.nativeName')}
        </button>
      ))}
    </div>
  );
}
