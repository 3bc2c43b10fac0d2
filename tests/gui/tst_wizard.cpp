// SPDX-License-Identifier: GPL-3.0-or-later
// The "New instance" wizard without an engine: the engine page explains what was tried, and
// every field refuses bad input as it is typed — the reason next to the field, Next disabled —
// and accepts a good value again. Also saves screenshots of every page, light and dark.
// Needs no engine: DOCKER_HOST points at a socket that does not exist.
#include "WizardTestKit.h"

#include "MainWindow.h"
#include "core/AppPaths.h"
#include "instance/DatabaseKind.h"
#include "instance/InstanceStore.h"
#include "wizard/EngineCheckPage.h"
#include "wizard/WizardState.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::test;
using ui::NewInstanceWizard;

namespace {

// Good values for every field of a page, so the row under test is the only thing wrong there.
void fillValid(NewInstanceWizard &wizard, int page)
{
    switch (page) {
    case NewInstanceWizard::BasicsId:
        retype(lineEditOf(&wizard, QStringLiteral("name")), QStringLiteral("fresh"));
        break;
    case NewInstanceWizard::AdminId:
        retype(lineEditOf(&wizard, QStringLiteral("adminEmail")), QStringLiteral("anne@example.com"));
        retype(lineEditOf(&wizard, QStringLiteral("adminPassword")), QStringLiteral("Correct-Horse-Battery-9"));
        break;
    default:
        break;  // the other pages start out valid (SQLite, volumes, a free port)
    }
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void engineCheckExplainsTheMissingEngine();
    void badInputIsRefusedWithItsReason_data();
    void badInputIsRefusedWithItsReason();
    void mainWindowOffersTheWizard();
    void pagesInLightAndDark();

private:
    QTemporaryDir m_tmp;
    QString m_socket;
    QTcpServer m_portHolder;  // a port "another program" holds
};

void TestWizard::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString root = m_tmp.path();
    m_socket = root + QStringLiteral("/nowhere/docker.sock");
    QVERIFY(dd::test::isolateFromTheMachinesDocker(root, m_socket));
    // An opt-in secrets file, so nothing reaches a real keychain.
    qputenv("DD_SECRET_STORE", "file:" + QFile::encodeName(root + QStringLiteral("/secrets.yaml")));
    QApplication::setStyle(QStringLiteral("Fusion"));  // the same look on every machine

    instance::InstanceSpec taken = instance::InstanceSpec::create(QStringLiteral("taken"));
    taken.adminEmail = QStringLiteral("anne@example.com");
    const auto saved = instance::InstanceStore(AppPaths::instancesDir()).save(taken);
    QVERIFY2(saved.ok, qPrintable(saved.error));

    QVERIFY(m_portHolder.listen(QHostAddress::LocalHost, 0));
}

void TestWizard::engineCheckExplainsTheMissingEngine()
{
    NewInstanceWizard wizard(NewInstanceWizard::Options{false});
    wizard.show();
    QCOMPARE(wizard.currentId(), int(NewInstanceWizard::EngineCheckId));
    auto *page = qobject_cast<ui::EngineCheckPage *>(wizard.currentPage());
    QVERIFY(page);
    // The endpoint tried, by path, and the variable that chose it; Retry offered; no Next.
    auto *details = wizard.findChild<QLabel *>(QStringLiteral("engineDetails"));
    QVERIFY(details);
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(m_socket), 5000);
    QVERIFY2(details->text().contains(QLatin1String("DOCKER_HOST")), qPrintable(details->text()));
    QTRY_VERIFY(page->retryButton()->isVisible() && page->retryButton()->isEnabled());
    QVERIFY(!page->retryButton()->accessibleName().isEmpty());
    QVERIFY(!nextButton(wizard)->isEnabled());
    QVERIFY(saveShot(&wizard, QStringLiteral("wizard-0-engine-missing")));

    // Retry from the keyboard runs another try, which fails the same way.
    QTest::keyClick(page->retryButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(page->retryButton()->isEnabled(), 5000);
    QVERIFY(details->text().contains(m_socket));
    QVERIFY(!nextButton(wizard)->isEnabled());
}

void TestWizard::badInputIsRefusedWithItsReason_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("reason");  // a part of the sentence shown next to the field
    QTest::addColumn<QString>("good");

    const int basics = NewInstanceWizard::BasicsId, admin = NewInstanceWizard::AdminId,
              storage = NewInstanceWizard::StorageId, options = NewInstanceWizard::OptionsId;
    const QString name = QStringLiteral("name"), email = QStringLiteral("adminEmail"),
                  password = QStringLiteral("adminPassword"), port = QStringLiteral("hostPort"),
                  folder = QStringLiteral("storageFolder");
    const QString heldPort = QString::number(m_portHolder.serverPort());
    const QString goodFolder = m_tmp.path() + QStringLiteral("/folders/blog");

    QTest::newRow("name empty") << basics << name << QString() << QStringLiteral("Give the instance a name.") << QStringLiteral("blog");
    QTest::newRow("name bad chars") << basics << name << QStringLiteral("my blog!") << QStringLiteral("may contain only lowercase letters") << QStringLiteral("my-blog");
    QTest::newRow("name upper case") << basics << name << QStringLiteral("Blog") << QStringLiteral("Use lowercase letters") << QStringLiteral("blog");
    QTest::newRow("name taken") << basics << name << QStringLiteral("taken") << QStringLiteral("“taken” already exists") << QStringLiteral("taken2");
    QTest::newRow("version empty") << basics << QStringLiteral("version") << QString() << QStringLiteral("Choose a Directus version.") << QStringLiteral("11.1.2");
    QTest::newRow("email empty") << admin << email << QString() << QStringLiteral("Enter the email address") << QStringLiteral("anne@example.com");
    QTest::newRow("email malformed") << admin << email << QStringLiteral("anne@") << QStringLiteral("is not an email address Directus accepts") << QStringLiteral("anne@example.com");
    QTest::newRow("email one label") << admin << email << QStringLiteral("anne@localhost") << QStringLiteral("is not an email address Directus accepts") << QStringLiteral("anne@localhost.dev");
    QTest::newRow("password common") << admin << password << QStringLiteral("password") << QStringLiteral("most common passwords") << QStringLiteral("Correct-Horse-Battery-9");
    QTest::newRow("password short") << admin << password << QStringLiteral("x7!") << QStringLiteral("Too short") << QStringLiteral("Correct-Horse-Battery-9");
    QTest::newRow("password weak") << admin << password << QStringLiteral("abababab") << QStringLiteral("Weak") << QStringLiteral("Correct-Horse-Battery-9");
    QTest::newRow("port 0") << options << port << QStringLiteral("0") << QStringLiteral("A port is a number from 1 to 65535.") << QString();
    QTest::newRow("port 70000") << options << port << QStringLiteral("70000") << QStringLiteral("A port is a number from 1 to 65535.") << QString();
    QTest::newRow("port letters") << options << port << QStringLiteral("http") << QStringLiteral("A port is a number from 1 to 65535.") << QString();
    QTest::newRow("port in use") << options << port << heldPort << QStringLiteral("Port %1 on 127.0.0.1 is in use").arg(heldPort) << QString();
    QTest::newRow("bind address") << options << QStringLiteral("bindAddress") << QStringLiteral("localhost") << QStringLiteral("Enter an IP address") << QStringLiteral("127.0.0.1");
    QTest::newRow("public url") << options << QStringLiteral("publicUrl") << QStringLiteral("ftp://example.com") << QStringLiteral("must be a full web address") << QStringLiteral("https://cms.example.com");
    // Under a regular file nothing can be created, not even by root (CI runs as root, so a
    // read-only folder would not do).
    QTest::newRow("folder uncreatable") << storage << folder << QStringLiteral("/etc/hostname/sub") << QStringLiteral("/etc/hostname is a file, not a folder") << goodFolder;
    QTest::newRow("folder is a file") << storage << folder << QStringLiteral("/etc/hostname") << QStringLiteral("is a file, not a folder") << goodFolder;
    QTest::newRow("folder relative") << storage << folder << QStringLiteral("data/blog") << QStringLiteral("full path") << goodFolder;
    QTest::newRow("folder root") << storage << folder << QStringLiteral("/") << QStringLiteral("root of a disk") << goodFolder;
    QTest::newRow("folder empty") << storage << folder << QString() << QStringLiteral("Choose a folder.") << goodFolder;
    // Database rows: "bad" is the kind chosen, "good" what makes the page valid again.
    QTest::newRow("mssql without eula") << int(NewInstanceWizard::DatabaseId) << QStringLiteral("databaseKind")
                                        << instance::databaseKindId(instance::DatabaseKind::MsSql) << QStringLiteral("EULA")
                                        << QStringLiteral("accept-eula");
    QTest::newRow("oracle") << int(NewInstanceWizard::DatabaseId) << QStringLiteral("databaseKind")
                            << instance::databaseKindId(instance::DatabaseKind::Oracle) << QStringLiteral("custom image")
                            << instance::databaseKindId(instance::DatabaseKind::Sqlite);
    QTest::newRow("external without host") << int(NewInstanceWizard::DatabaseId) << QStringLiteral("externalHost")
                                           << QString() << QStringLiteral("host name or address") << QStringLiteral("db.internal");
}

void TestWizard::badInputIsRefusedWithItsReason()
{
    QFETCH(int, page);
    QFETCH(QString, field);
    QFETCH(QString, bad);
    QFETCH(QString, reason);
    QFETCH(QString, good);

    NewInstanceWizard wizard(NewInstanceWizard::Options{false});
    wizard.setStartId(page);
    wizard.show();
    QCOMPARE(wizard.currentId(), page);
    QTRY_VERIFY(wizard.state().takenNamesLoaded());
    fillValid(wizard, page);
    QAbstractButton *next = nextButton(wizard);

    if (field == QLatin1String("databaseKind") || field.startsWith(QLatin1String("external"))) {
        auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("databaseKind"));
        QVERIFY(kind);
        QVERIFY(next->isEnabled());  // SQLite, the default
        if (field == QLatin1String("databaseKind")) {
            const auto chosen = instance::databaseKindFromId(bad);
            QVERIFY(chosen);
            QVERIFY(chooseByKeys(kind, int(*chosen)));
        } else {
            // An existing server with everything but the host.
            QVERIFY(chooseByKeys(kind, int(instance::DatabaseKind::External)));
            retype(lineEditOf(&wizard, QStringLiteral("externalDatabase")), QStringLiteral("directus"));
            retype(lineEditOf(&wizard, QStringLiteral("externalUser")), QStringLiteral("directus"));
            retype(lineEditOf(&wizard, QStringLiteral("externalPassword")), QStringLiteral("s3cret-Pass"));
            retype(lineEditOf(&wizard, field), bad);
        }
        ui::FieldFeedback *feedback = feedbackOf(&wizard, field);
        QVERIFY(feedback);
        QVERIFY2(feedback->text().contains(reason), qPrintable(feedback->text()));
        QVERIFY(!feedback->accessibleName().isEmpty());
        QVERIFY(!next->isEnabled());
        if (good == QLatin1String("accept-eula")) {
            auto *eula = wizard.findChild<QCheckBox *>(QStringLiteral("msSqlEula"));
            QVERIFY(eula && eula->isVisible());
            eula->setFocus(Qt::OtherFocusReason);
            QTest::keyClick(eula, Qt::Key_Space);
            QVERIFY(eula->isChecked());
        } else if (field == QLatin1String("databaseKind")) {
            QVERIFY(chooseByKeys(kind, int(*instance::databaseKindFromId(good))));
        } else {
            retype(lineEditOf(&wizard, field), good);
        }
        QVERIFY2(next->isEnabled(), qPrintable(feedback->text()));
        return;
    }

    if (page == NewInstanceWizard::StorageId) {
        auto *folders = wizard.findChild<QRadioButton *>(QStringLiteral("storageFolders"));
        QVERIFY(folders);
        folders->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(folders, Qt::Key_Space);
        QVERIFY(folders->isChecked());
    }
    QLineEdit *edit = lineEditOf(&wizard, field);
    QVERIFY2(edit, qPrintable(field));
    ui::FieldFeedback *feedback = feedbackOf(&wizard, field);
    QVERIFY2(feedback, qPrintable(field));

    retype(edit, bad);
    QCOMPARE(edit->text(), bad);
    // The folder is checked on a worker thread; everything else at once.
    QTRY_VERIFY2_WITH_TIMEOUT(feedback->text().contains(reason), qPrintable(feedback->text()), 5000);
    QVERIFY(feedback->isVisible());
    QVERIFY(!feedback->accessibleName().isEmpty());
    QVERIFY(!next->isEnabled());

    if (field == QLatin1String("hostPort")) {
        // "Pick a free port" is the way out, by keyboard.
        auto *pick = wizard.findChild<QPushButton *>(QStringLiteral("pickFreePort"));
        QVERIFY(pick);
        pick->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(pick, Qt::Key_Space);
        QVERIFY(edit->text() != bad);
        QVERIFY(edit->text().toInt() > 0);
    } else {
        retype(edit, good);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(next->isEnabled(), qPrintable(feedback->text()), 5000);
    QVERIFY2(!feedback->text().contains(reason), qPrintable(feedback->text()));
}

void TestWizard::mainWindowOffersTheWizard()
{
    ui::MainWindow::setFirstRunWizardEnabled(false);
    ui::MainWindow window;
    window.show();
    QAction *action = window.newInstanceAction();
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(!window.findChild<NewInstanceWizard *>());
    action->trigger();
    QTRY_VERIFY(window.findChild<NewInstanceWizard *>());
    auto *wizard = window.findChild<NewInstanceWizard *>();
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject();
    QTRY_VERIFY(!window.findChild<NewInstanceWizard *>());  // deleted on close
    ui::MainWindow::setFirstRunWizardEnabled(true);
}

void TestWizard::pagesInLightAndDark()
{
    // Walks basics → summary with good values (one error shown on the way, to see how it
    // looks) and saves each page. Not compared with anything: a person looks at them.
    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        NewInstanceWizard wizard(NewInstanceWizard::Options{false});
        wizard.setStartId(NewInstanceWizard::BasicsId);
        wizard.show();
        QTRY_VERIFY(wizard.state().takenNamesLoaded());
        QAbstractButton *next = nextButton(wizard);

        retype(lineEditOf(&wizard, QStringLiteral("name")), QStringLiteral("taken"));
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-1-basics-error") + suffix));
        retype(lineEditOf(&wizard, QStringLiteral("name")), QStringLiteral("blog"));
        retype(lineEditOf(&wizard, QStringLiteral("version")), QStringLiteral("11.1.2"));
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-1-basics") + suffix));
        QVERIFY(next->isEnabled());
        next->click();

        QCOMPARE(wizard.currentId(), int(NewInstanceWizard::DatabaseId));
        auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("databaseKind"));
        QVERIFY(chooseByKeys(kind, int(instance::DatabaseKind::MsSql)));
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-2-database-mssql") + suffix));
        QVERIFY(chooseByKeys(kind, int(instance::DatabaseKind::External)));
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-2-database-external") + suffix));
        QVERIFY(chooseByKeys(kind, int(instance::DatabaseKind::Sqlite)));
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-2-database") + suffix));
        next->click();

        QCOMPARE(wizard.currentId(), int(NewInstanceWizard::AdminId));
        retype(lineEditOf(&wizard, QStringLiteral("adminEmail")), QStringLiteral("anne@example.com"));
        retype(lineEditOf(&wizard, QStringLiteral("adminPassword")), QStringLiteral("abababab"));
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-3-admin-weak") + suffix));
        auto *generate = wizard.findChild<QPushButton *>(QStringLiteral("generatePassword"));
        QTest::keyClick(generate, Qt::Key_Space);
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-3-admin") + suffix));
        QVERIFY(next->isEnabled());
        next->click();

        QCOMPARE(wizard.currentId(), int(NewInstanceWizard::StorageId));
        auto *folders = wizard.findChild<QRadioButton *>(QStringLiteral("storageFolders"));
        folders->click();
        retype(lineEditOf(&wizard, QStringLiteral("storageFolder")), QStringLiteral("/etc/hostname/sub"));
        QTRY_VERIFY(!feedbackOf(&wizard, QStringLiteral("storageFolder"))->isOk());
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-4-storage-error") + suffix));
        retype(lineEditOf(&wizard, QStringLiteral("storageFolder")), m_tmp.path() + QStringLiteral("/shots/blog"));
        QTRY_VERIFY(next->isEnabled());
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-4-storage") + suffix));
        next->click();

        QCOMPARE(wizard.currentId(), int(NewInstanceWizard::OptionsId));
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-5-options") + suffix));
        QVERIFY(next->isEnabled());
        next->click();

        QCOMPARE(wizard.currentId(), int(NewInstanceWizard::SummaryId));
        QVERIFY(saveShot(&wizard, QStringLiteral("wizard-6-summary") + suffix));
        // The commit button (Create) is enabled; the compose file names no secret.
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        auto *summary = wizard.findChild<QLabel *>(QStringLiteral("summaryText"));
        QVERIFY(summary->text().contains(QLatin1String("directus/directus:11.1.2")));
        QVERIFY(!summary->text().contains(wizard.state().adminPassword.toHtmlEscaped()));
        wizard.reject();
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
