// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"

#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace dd::Translations {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

// "de_DE", "de-AT", "fr_CA.UTF-8", "FR" -> "de" / "fr" when we have it; "" otherwise.
QString supported(const QString &name)
{
    const QString code = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('_'), 0, 0)
                             .section(QLatin1Char('-'), 0, 0).trimmed().toLower();
    for (const Language &language : available()) {
        if (language.code == code)
            return code;
    }
    return {};
}

} // namespace

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")}};
}

QString preferred()
{
    QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
    return supported(settings.value(kSettingsKey).toString());
}

void setPreferred(const QString &code)
{
    QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
    settings.setValue(kSettingsKey, supported(code));
}

QString effective()
{
    // An explicit choice that names no language we have (DD_LANGUAGE=C, ...) means English.
    const QString fromEnvironment = qEnvironmentVariable("DD_LANGUAGE");
    if (!fromEnvironment.isEmpty()) {
        const QString code = supported(fromEnvironment);
        return code.isEmpty() ? QStringLiteral("en") : code;
    }
    if (const QString code = preferred(); !code.isEmpty())
        return code;
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (const QString code = supported(name); !code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString install()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString code = effective();
    if (!app)
        return QStringLiteral("en");
    if (code == QLatin1String("en")) {
        // The source text is English already; the file only has the plural forms of %n messages.
        auto *plurals = new QTranslator(app);
        if (plurals->load(QStringLiteral(":/i18n/directus-desktop_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return QStringLiteral("en");
    }

    // Qt's own strings first, ours last: the translator installed last is asked first.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/directus-desktop_") + code + QStringLiteral(".qm"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    return code;
}

} // namespace dd::Translations
