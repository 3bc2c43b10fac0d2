// SPDX-License-Identifier: GPL-3.0-or-later
// Settings > Preferences: every field checked as typed, OK held back while one is wrong, the
// choices written only on OK and read back by the core (AppPaths, RegistrySettings).
#include "GuiTestKit.h"
#include "core/AppPaths.h"
#include "core/AppSettings.h"
#include "core/Translations.h"
#include "registry/RegistrySettings.h"
#include "settings/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using dd::ui::PreferencesDialog;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsNeedNoChoice();
    void badFolderAndAddressHoldOkBack();
    void okStoresWhatTheCoreReads();
    void cancelStoresNothing();
    void emptyFieldsGoBackToTheDefaults();
    void screenshots();

private:
    struct Fields
    {
        QLineEdit *folder;
        QLabel *folderFeedback;
        QRadioButton *dockerHub;
        QRadioButton *mirror;
        QLineEdit *url;
        QLabel *urlFeedback;
        QComboBox *language;
        QPushButton *ok;
        QPushButton *cancel;
    };
    static Fields fieldsOf(PreferencesDialog &dialog);
    static void retype(QLineEdit *edit, const QString &text);
    static void choose(QRadioButton *button);

    QTemporaryDir m_tmp;
};


TestPreferences::Fields TestPreferences::fieldsOf(PreferencesDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return {dialog.findChild<QLineEdit *>(QStringLiteral("backupsFolder")),
            dialog.findChild<QLabel *>(QStringLiteral("backupsFolderFeedback")),
            dialog.findChild<QRadioButton *>(QStringLiteral("registryDockerHub")),
            dialog.findChild<QRadioButton *>(QStringLiteral("registryMirror")),
            dialog.findChild<QLineEdit *>(QStringLiteral("registryUrl")),
            dialog.findChild<QLabel *>(QStringLiteral("registryUrlFeedback")),
            dialog.findChild<QComboBox *>(QStringLiteral("language")),
            buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr,
            buttons ? buttons->button(QDialogButtonBox::Cancel) : nullptr};
}

// As a person does it: select what is there, type the new text.
void TestPreferences::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// A click on the button's circle (the button is as wide as the dialog; its middle is empty).
void TestPreferences::choose(QRadioButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void TestPreferences::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("DD_DATA_DIR", QFile::encodeName(m_tmp.path() + QStringLiteral("/data")));
    qunsetenv("DD_REGISTRY_URL");  // the stored choice is what is tested here
    QVERIFY(QDir().mkpath(AppPaths::dataDir()));
}

void TestPreferences::defaultsNeedNoChoice()
{
    PreferencesDialog dialog;
    dialog.show();
    const Fields f = fieldsOf(dialog);
    QVERIFY(f.folder && f.folderFeedback && f.dockerHub && f.mirror && f.url && f.urlFeedback && f.language && f.ok);
    QCOMPARE(f.folder->text(), QString());
    QCOMPARE(f.folder->placeholderText(), QDir::toNativeSeparators(AppPaths::dataDir() + QStringLiteral("/backups")));
    QVERIFY(f.dockerHub->isChecked());
    QVERIFY(!f.url->isEnabled());
    QCOMPARE(f.language->currentData().toString(), QString());
    QVERIFY(f.ok->isEnabled());
}

void TestPreferences::badFolderAndAddressHoldOkBack()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Fields f = fieldsOf(dialog);

    // A folder under a file cannot be created: the reason, and no OK.
    const QString file = m_tmp.path() + QStringLiteral("/a-file");
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    retype(f.folder, file + QStringLiteral("/backups"));
    QTRY_VERIFY(!f.folderFeedback->text().isEmpty() && !f.folderFeedback->text().contains(QStringLiteral("Checking")));
    QVERIFY(!f.ok->isEnabled());
    retype(f.folder, QStringLiteral("relative/backups"));
    QTRY_VERIFY(f.folderFeedback->text().contains(QStringLiteral("whole path")));
    QVERIFY(!f.ok->isEnabled());
    // A folder that can be made: fine.
    retype(f.folder, m_tmp.path() + QStringLiteral("/elsewhere/backups"));
    QTRY_VERIFY(f.ok->isEnabled());
    QCOMPARE(f.folderFeedback->text(), QString());

    // A mirror needs an address, over http(s), without a query.
    choose(f.mirror);
    QVERIFY(f.url->isEnabled());
    QVERIFY(!f.ok->isEnabled());
    const struct
    {
        const char *typed;
        const char *reason;
    } bad[] = {
        {"mirror.example.com", "http://"},
        {"ftp://mirror.example.com", "ftp://"},
        {"https://", "host"},
        {"https://mirror.example.com/?x=1", "?"},
    };
    for (const auto &row : bad) {
        retype(f.url, QString::fromLatin1(row.typed));
        QVERIFY2(f.urlFeedback->text().contains(QLatin1String(row.reason)),
                 qPrintable(QStringLiteral("%1 -> %2").arg(QLatin1String(row.typed), f.urlFeedback->text())));
        QVERIFY2(!f.ok->isEnabled(), row.typed);
    }
    retype(f.url, QStringLiteral("http://127.0.0.1:5000/"));
    QCOMPARE(f.urlFeedback->text(), QString());
    QVERIFY(f.ok->isEnabled());
    // Back to Docker Hub: the address no longer matters.
    retype(f.url, QStringLiteral("nonsense"));
    QVERIFY(!f.ok->isEnabled());
    choose(f.dockerHub);
    QVERIFY(f.ok->isEnabled());
    // Enter with a wrong field does not save.
    choose(f.mirror);
    QTest::keyClick(f.url, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(AppSettings::registryUrl(), QString());
}

void TestPreferences::okStoresWhatTheCoreReads()
{
    const QString folder = m_tmp.path() + QStringLiteral("/elsewhere/backups");
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Fields f = fieldsOf(dialog);
        QSignalSpy saved(&dialog, &PreferencesDialog::saved);
        retype(f.folder, folder + QStringLiteral("/"));
        choose(f.mirror);
        retype(f.url, QStringLiteral("http://127.0.0.1:5000/"));
        f.language->setCurrentIndex(f.language->findData(QStringLiteral("de")));
        QTRY_VERIFY(f.ok->isEnabled());
        QTest::keyClick(f.url, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(saved.size(), 1);
    }
    QCOMPARE(AppPaths::backupsDir(), QDir::cleanPath(folder));
    QCOMPARE(AppSettings::registryUrl(), QStringLiteral("http://127.0.0.1:5000"));
    const registry::RegistrySource source = registry::RegistrySettings::sourceFor(instance::ProductLine::Directus);
    QVERIFY2(source.baseUrl.toString().startsWith(QStringLiteral("http://127.0.0.1:5000")),
             qPrintable(source.baseUrl.toString()));
    QCOMPARE(Translations::preferred(), QStringLiteral("de"));

    // Opened again, it shows what was stored.
    PreferencesDialog again;
    again.show();
    const Fields f = fieldsOf(again);
    QCOMPARE(QDir::fromNativeSeparators(f.folder->text()), QDir::cleanPath(folder));
    QVERIFY(f.mirror->isChecked());
    QCOMPARE(f.url->text(), QStringLiteral("http://127.0.0.1:5000"));
    QCOMPARE(f.language->currentData().toString(), QStringLiteral("de"));
}

void TestPreferences::cancelStoresNothing()
{
    QFile settings(AppPaths::settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray before = settings.readAll();
    settings.close();
    PreferencesDialog dialog;
    dialog.show();
    const Fields f = fieldsOf(dialog);
    retype(f.folder, m_tmp.path() + QStringLiteral("/other"));
    choose(f.dockerHub);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QCOMPARE(settings.readAll(), before);
}

void TestPreferences::emptyFieldsGoBackToTheDefaults()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Fields f = fieldsOf(dialog);
    retype(f.folder, QString());
    choose(f.dockerHub);
    f.language->setCurrentIndex(0);
    QTRY_VERIFY(f.ok->isEnabled());
    QTest::mouseClick(f.ok, Qt::LeftButton);
    QCOMPARE(AppPaths::backupsDir(), AppPaths::dataDir() + QStringLiteral("/backups"));
    QCOMPARE(AppSettings::registryUrl(), QString());
    QCOMPARE(registry::RegistrySettings::sourceFor(instance::ProductLine::Directus).baseUrl,
             registry::RegistrySource::dockerHub(QStringLiteral("directus/directus")).baseUrl);
    QCOMPARE(Translations::preferred(), QString());
}

void TestPreferences::screenshots()
{
    const QPalette light = test::lightPalette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : light);
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Fields f = fieldsOf(dialog);
        choose(f.mirror);
        retype(f.url, QStringLiteral("ftp://mirror.example.com"));
        QVERIFY(test::saveShot(&dialog, dark ? QStringLiteral("preferences-dark") : QStringLiteral("preferences-light")));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
