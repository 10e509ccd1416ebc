"""Which language the interface speaks (中文 or English), and loading its catalogues.

The interface is written in Chinese; English comes from the compiled catalogue ledger_en.qm in the
package's resources. The choice is kept per computer in the UI settings (设置 → 本机 → 界面语言) and
takes effect at the next start; LEDGER_LANG=en or LEDGER_LANG=zh_CN overrides it for one run (a
screenshot, a check). An unknown value falls back to Chinese with a warning in the log.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

log = logging.getLogger(__name__)

ENV_VAR = "LEDGER_LANG"
CHINESE = "zh_CN"
ENGLISH = "en"
DEFAULT = CHINESE
# Each language named in itself: a user who cannot read the current language still finds their own.
NAMES = {CHINESE: "中文", ENGLISH: "English"}
LOCALES = {
    CHINESE: QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    # Day/month/four-digit year in date fields; the lists show ISO dates in every language.
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# Accepted spellings (LEDGER_LANG, the settings file): lower case, "-" read as "_".
ALIASES = {
    "zh": CHINESE,
    "zh_cn": CHINESE,
    "zh_hans": CHINESE,
    "zh_hans_cn": CHINESE,
    "chinese": CHINESE,
    "中文": CHINESE,
    "en": ENGLISH,
    "en_us": ENGLISH,
    "en_gb": ENGLISH,
    "english": ENGLISH,
}
# The translators installed by apply_language, removed again when another language is applied.
_installed: list[QTranslator] = []


def normalise(value: object) -> str | None:
    """The language code for `value` ("en", "en-US", "zh_CN" …), or None when it names none of ours."""
    if not isinstance(value, str):
        return None
    key = value.strip().split(".")[0].replace("-", "_").lower()  # "en_US.UTF-8" as in LANG
    return ALIASES.get(key)


def chosen_language(stored: object = None) -> str:
    """LEDGER_LANG when set, else the stored choice, else Chinese."""
    wanted = os.environ.get(ENV_VAR, "").strip()
    if wanted:
        code = normalise(wanted)
        if code is None:
            log.warning(
                "%s=%r is not a language of this program (%s); using Chinese",
                ENV_VAR,
                wanted,
                ", ".join(NAMES),
            )
            return DEFAULT
        return code
    return normalise(stored) or DEFAULT


def locale_for(code: str) -> QLocale:
    return LOCALES.get(code, LOCALES[DEFAULT])


def apply_language(app: QCoreApplication, code: str) -> list[str]:
    """Install Qt's own strings (standard buttons, date pickers) and ours for `code`; make its locale the
    default (month names, number formats). Returns the catalogues loaded ("qtbase", "ledger").

    Widgets take their texts when they are built, so this is done before the first window; a change
    of language shows after a restart. A missing catalogue is harmless: the text stays Chinese.
    """
    locale = locale_for(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale)
    loaded = []
    catalogues = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("ledger", str(resources_dir() / "translations")),
    )
    for name, directory in catalogues:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        else:
            log.info("no %s translation for %s in %s", name, locale.name(), directory)
    return loaded
