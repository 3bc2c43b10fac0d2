// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace dd {

// The UI language (GUI and CLI). The choice is, first to last: the DD_LANGUAGE environment
// variable, settings.ini's ui/language (written by setPreferred), the system locale. Our
// translations are embedded as :/i18n/directus-desktop_<code>.qm (translations/*.ts); English is
// the source language, its file only gives the plural forms of %n messages. Qt's own strings (standard buttons, ...) come from
// Qt's qtbase_<code>.qm when the system has it.
namespace Translations {

struct Language
{
    QString code;        // "en", "de", "fr"
    QString nativeName;  // "English", "Deutsch", "Français": shown as is, never translated
};

QList<Language> available();

// The code stored in settings.ini ("" = follow the system).
QString preferred();
void setPreferred(const QString &code);  // "" = follow the system; takes effect at the next start

// The language that install() would pick: DD_LANGUAGE, else preferred(), else the system's UI
// languages, reduced to one of available() (falls back to "en").
QString effective();

// Installs the translators for effective() on the running QCoreApplication (call once, after
// it exists). Returns the code installed.
QString install();

} // namespace Translations
} // namespace dd
