// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real engine (DOCKER_HOST) and Debian's docker-compose: a Directus stack brought up
// with docker-compose from the user's own file (SQLite on named volumes) is shown as adopted; its
// page's "Take over…" reads that file, asks with the plan (where the data stays) and, accepted
// with "move the secrets into a private .env" ticked, makes it a managed instance running on the
// same volumes, while the file loses its secret values to a 0600 .env. Labels gui and takeover.
#include "EngineWatcher.h"
#include "InstanceListModel.h"
#include "InstancePage.h"
#include "ProcessRun.h"
#include "core/AppPaths.h"
#include "instance/InstanceStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dd;
using namespace dd::ui;
using testkit::Run;

namespace {

const QByteArray kAdminPassword = "gu1de-Pass";

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestTakeOver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void takeOverFromThePage();
    void cleanupTestCase();

private:
    const InstanceEntry *entry() const;
    Run compose(const QStringList &arguments) const;

    QTemporaryDir m_tmp;
    QString m_name;
    QString m_file;
    bool m_up = false;
    std::unique_ptr<EngineWatcher> m_engine;
    std::unique_ptr<InstanceListModel> m_model;
    std::unique_ptr<InstancePage> m_page;
};

Run TestTakeOver::compose(const QStringList &arguments) const
{
    return testkit::run(QStringLiteral("docker-compose"),
                        QStringList{QStringLiteral("-p"), m_name, QStringLiteral("-f"), m_file} + arguments, 300000);
}

void TestTakeOver::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("DD_DATA_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("data"))));
    qputenv("DD_SECRET_STORE", "file:" + QFile::encodeName(m_tmp.filePath(QStringLiteral("secrets.yaml"))));
    m_name = QStringLiteral("ddtake%1").arg(QRandomGenerator::global()->bounded(0x100000), 5, 16, QLatin1Char('0'));
    m_file = m_tmp.filePath(QStringLiteral("site/docker-compose.yml"));
    QVERIFY(QDir().mkpath(QFileInfo(m_file).path()));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("services:\n  directus:\n    image: directus/directus:12.4.0\n    ports:\n      - \"127.0.0.1:"
               + QByteArray::number(freePort())
               + ":8055\"\n    volumes:\n      - data:/directus/database\n    environment:\n"
                 "      KEY: 'the-file-key-0123'\n      SECRET: 'the-file-secret-4567'\n"
                 "      DB_CLIENT: sqlite3\n      ADMIN_EMAIL: admin@example.com\n      ADMIN_PASSWORD: '"
               + kAdminPassword + "'\nvolumes:\n  data:\n");
    file.close();
    const Run up = compose({QStringLiteral("up"), QStringLiteral("-d")});
    m_up = true;
    QVERIFY2(up.exitCode == 0, qPrintable(up.output));

    m_engine = std::make_unique<EngineWatcher>();
    m_model = std::make_unique<InstanceListModel>();
    m_page = std::make_unique<InstancePage>(*m_engine);
    connect(m_engine.get(), &EngineWatcher::stacksChanged, m_model.get(), &InstanceListModel::setStacks);
    connect(m_engine.get(), &EngineWatcher::stateChanged, m_model.get(), &InstanceListModel::setEngineState);
    auto follow = [this] {
        if (const InstanceEntry *e = entry())
            m_page->showEntry(*e);
    };
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, follow);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, follow);
    // As the main window does: after an operation the stored instances are read again.
    connect(m_page.get(), &InstancePage::operationFinished, this,
            [this] { m_model->setSpecs(instance::InstanceStore(AppPaths::instancesDir()).list()); });
    m_model->setSpecs({});
    m_page->resize(1000, 600);
    m_page->show();
    m_engine->start();
}

const InstanceEntry *TestTakeOver::entry() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InstanceEntry *e = m_model->entryAt(row);
        if (e && e->name == m_name)
            return e;
    }
    return nullptr;
}

void TestTakeOver::takeOverFromThePage()
{
    QTRY_VERIFY_WITH_TIMEOUT(entry() && entry()->stack && !entry()->spec, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->takeOverButton()->isVisible() && m_page->takeOverButton()->isEnabled(), 30000);
    m_page->takeOverButton()->click();

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_page->findChild<QMessageBox *>(QStringLiteral("takeOverDialog"))) != nullptr, 30000);
    QVERIFY2(box->text().contains(m_name), qPrintable(box->text()));
    // The plan names the volume the data stays in: the file's own, under Compose's name for it.
    QVERIFY2(box->informativeText().contains(m_name + QStringLiteral("_data")), qPrintable(box->informativeText()));
    QVERIFY(!box->informativeText().contains(QString::fromLatin1(kAdminPassword)));
    QCheckBox *rewrite = box->findChild<QCheckBox *>(QStringLiteral("rewriteFileCheck"));
    QVERIFY(rewrite);
    rewrite->setChecked(true);
    QPushButton *accept = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            accept = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(accept);
    QStringList said;
    connect(m_page.get(), &InstancePage::activityChanged, this, [&said](const QString &, const QString &words) {
        if (!words.isEmpty())
            said.append(words);
    });
    QStringList replaced;
    connect(m_page.get(), &InstancePage::entryReplaced, this,
            [&replaced](const QString &oldKey, const QString &newKey) { replaced << oldKey << newKey; });
    accept->click();

    // The stack is now the app's: stored, running on the same volume, the page says it is done.
    QTRY_VERIFY2_WITH_TIMEOUT(entry() && entry()->spec && entry()->stateKey == QLatin1String("running") && !m_page->isBusy(),
                              qPrintable(said.join(QStringLiteral(" | "))), 240000);
    // Every step ran, the last being the removal of the stack's own containers (the page says
    // each step as it starts; the status line itself is overwritten by the state right after).
    const QString steps = said.join(QStringLiteral(" | "));
    QVERIFY2(steps.contains(QStringLiteral("Stopping the stack's own containers"))
                 && steps.contains(QStringLiteral("Removing the stack's old containers")),
             qPrintable(steps));
    const Run left = testkit::dockerCli({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("{{.Names}}"),
                                         QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.project=") + m_name});
    QCOMPARE(left.output.trimmed(), m_name + QStringLiteral("-directus-1"));
    QVERIFY(!m_page->takeOverButton()->isVisible());
    // The window is told that the stack became this instance (so it stays selected), and the
    // outcome stays on the page above the state instead of being replaced by it.
    QCOMPARE(replaced, (QStringList{QStringLiteral("adopted:") + m_name, entry()->spec->id}));
    const QLabel *status = m_page->findChild<QLabel *>(QStringLiteral("operationStatus"));
    QVERIFY(status);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Done.")) && status->text().contains(QStringLiteral("State: ")),
                              qPrintable(status->text()), 30000);
    const Run mount = testkit::dockerCli({QStringLiteral("inspect"), QStringLiteral("-f"),
                                          QStringLiteral("{{range .Mounts}}{{.Name}} {{end}}"), m_name + QStringLiteral("-directus-1")});
    QVERIFY2(mount.output.contains(m_name + QStringLiteral("_data")), qPrintable(mount.output));
    const Run login = testkit::cli({QStringLiteral("credentials"), m_name, QStringLiteral("--json")});
    QVERIFY2(login.output.contains(QString::fromLatin1(kAdminPassword)), qPrintable(login.output));

    // The file lost its secret values to a private .env; the original is kept beside it.
    QFile rewritten(m_file);
    QVERIFY(rewritten.open(QIODevice::ReadOnly));
    const QByteArray text = rewritten.readAll();
    QVERIFY2(!text.contains(kAdminPassword) && !text.contains("the-file-secret"), text.constData());
    const QString env = QFileInfo(m_file).path() + QStringLiteral("/.env");
    QCOMPARE(QFile::permissions(env) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});
    QVERIFY(QFile::exists(m_file + QStringLiteral(".before-directus-desktop")));
}

void TestTakeOver::cleanupTestCase()
{
    m_page.reset();
    m_model.reset();
    m_engine.reset();
    if (!m_up)
        return;
    testkit::cli({QStringLiteral("remove"), m_name, QStringLiteral("--delete-data"), QStringLiteral("--yes")});
    compose({QStringLiteral("down"), QStringLiteral("-v")});
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DOCKER_HOST")) {
        std::printf("*** NOT RUN: DOCKER_HOST is not set (tests/run-all.sh starts a private engine)\n");
        return 77;
    }
    const Run ping = testkit::dockerCli({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
    if (ping.exitCode != 0) {
        std::printf("*** NOT RUN: the engine at %s does not answer\n", qPrintable(qEnvironmentVariable("DOCKER_HOST")));
        return 77;
    }
    if (testkit::run(QStringLiteral("docker-compose"), {QStringLiteral("version")}, 30000).exitCode != 0) {
        std::printf("*** NOT RUN: docker-compose is missing\n");
        return 77;
    }
    TestTakeOver test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_takeover.moc"
