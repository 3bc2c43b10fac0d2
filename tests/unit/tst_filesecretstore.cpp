// SPDX-License-Identifier: GPL-3.0-or-later
// FileSecretStore: the opt-in password file. Round trips, mode 0600 whatever the umask, the
// header comment, no plain value in the bytes, ordering of queued operations, damaged files.
#include "secrets/FileSecretStore.h"
#include "secrets/SecretFile.h"
#include "secrets/SecretKey.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace dd::secrets;
using Error = SecretResult::Error;

namespace {

// Waits for the job and returns its result; fails the test (empty result with Other) on timeout.
SecretResult wait(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(10000) && spy.isEmpty())
        return SecretResult::failure(Error::Other, QStringLiteral("timeout"));
    return spy.takeFirst().at(0).value<SecretResult>();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

#ifdef Q_OS_UNIX
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
#endif

} // namespace

class TstFileSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void missingKeyIsNotFound();
    void missingFileIsNotFound();
    void removeMissingKeySucceeds();
    void fileModeIsExactly0600();
    void looseFileIsTightenedOnWrite();
    void plainValueIsNotInTheFile();
    void binaryValuesRoundTrip();
    void createsMissingFolder();
    void queuedOperationsKeepTheirOrder();
    void twoStoresOnOneFile();
    void finishedComesAfterTheCallAndJobDeletesItself();
    void damagedFileIsReportedAndKept();
    void unwritableFolderIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("secrets.yaml")); }
};

void TstFileSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstFileSecretStore::roundTrip()
{
    FileSecretStore store(path());
    const QString key = SecretKey::forInstance(QStringLiteral("inst-1"), SecretKey::Name::AdminPassword);
    QCOMPARE(key, QStringLiteral("DirectusDesktop/inst-1/admin-password"));

    SecretResult r = wait(store.write(key, "first-value"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = wait(store.read(key));
    QCOMPARE(r.error, Error::None);
    QCOMPARE(r.value, QByteArray("first-value"));

    QVERIFY(wait(store.write(key, "second-value")).ok());
    r = wait(store.read(key));
    QCOMPARE(r.value, QByteArray("second-value"));

    const QString other = SecretKey::forInstance(QStringLiteral("inst-2"), SecretKey::Name::AdminPassword);
    QVERIFY(wait(store.write(other, "other-value")).ok());
    QCOMPARE(wait(store.read(key)).value, QByteArray("second-value"));
    QCOMPARE(wait(store.read(other)).value, QByteArray("other-value"));

    QVERIFY(wait(store.remove(key)).ok());
    r = wait(store.read(key));
    QCOMPARE(r.error, Error::NotFound);
    QVERIFY(r.value.isEmpty());
    QCOMPARE(wait(store.read(other)).value, QByteArray("other-value"));

    // A new store on the same file sees what the first one saved.
    FileSecretStore again(path());
    QCOMPARE(wait(again.read(other)).value, QByteArray("other-value"));
}

void TstFileSecretStore::missingKeyIsNotFound()
{
    FileSecretStore store(path());
    QVERIFY(wait(store.write(QStringLiteral("DirectusDesktop/a/key"), "x")).ok());
    const SecretResult r = wait(store.read(QStringLiteral("DirectusDesktop/a/secret")));
    QCOMPARE(r.error, Error::NotFound);
    QVERIFY(r.message.contains(QLatin1String("DirectusDesktop/a/secret")));
}

void TstFileSecretStore::missingFileIsNotFound()
{
    FileSecretStore store(path());
    QCOMPARE(wait(store.read(QStringLiteral("DirectusDesktop/a/key"))).error, Error::NotFound);
    QVERIFY(!QFile::exists(path()));  // reading creates nothing
}

void TstFileSecretStore::removeMissingKeySucceeds()
{
    FileSecretStore store(path());
    QVERIFY(wait(store.remove(QStringLiteral("DirectusDesktop/a/key"))).ok());
    QVERIFY(!QFile::exists(path()));
    QVERIFY(wait(store.write(QStringLiteral("DirectusDesktop/a/key"), "x")).ok());
    QVERIFY(wait(store.remove(QStringLiteral("DirectusDesktop/a/other"))).ok());
    QCOMPARE(wait(store.read(QStringLiteral("DirectusDesktop/a/key"))).value, QByteArray("x"));
}

void TstFileSecretStore::fileModeIsExactly0600()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix notion");
#else
    // With umask 0 the file would be 0666 unless the store sets the mode itself.
    const mode_t old = ::umask(0);
    FileSecretStore store(path());
    const SecretResult r = wait(store.write(QStringLiteral("DirectusDesktop/a/key"), "x"));
    ::umask(old);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(QString::number(modeOf(path()), 8), QStringLiteral("600"));
    QCOMPARE(QFileInfo(path()).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

void TstFileSecretStore::looseFileIsTightenedOnWrite()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix notion");
#else
    FileSecretStore store(path());
    QVERIFY(wait(store.write(QStringLiteral("DirectusDesktop/a/key"), "x")).ok());
    QVERIFY(::chmod(QFile::encodeName(path()).constData(), 0644) == 0);
    QCOMPARE(modeOf(path()), 0644);
    QCOMPARE(wait(store.read(QStringLiteral("DirectusDesktop/a/key"))).value, QByteArray("x"));
    // QSaveFile would carry the old file's mode over; the store must not.
    QVERIFY(wait(store.write(QStringLiteral("DirectusDesktop/a/key"), "y")).ok());
    QCOMPARE(QString::number(modeOf(path()), 8), QStringLiteral("600"));
#endif
}

void TstFileSecretStore::plainValueIsNotInTheFile()
{
    FileSecretStore store(path());
    const QByteArray value = "Sup3r-Secret-Passw0rd-Value";
    QVERIFY(wait(store.write(QStringLiteral("DirectusDesktop/a/admin-password"), value)).ok());
    const QByteArray bytes = fileBytes(path());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(value));
    QVERIFY(bytes.contains(value.toBase64()));
    QVERIFY(bytes.startsWith(SecretFile::header()));
    QVERIFY(bytes.startsWith("# Directus Desktop password file."));
    QVERIFY(bytes.contains("PLAIN TEXT"));
    QVERIFY(bytes.contains("DirectusDesktop/a/admin-password"));
}

void TstFileSecretStore::binaryValuesRoundTrip()
{
    FileSecretStore store(path());
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    const QHash<QString, QByteArray> values = {
        {QStringLiteral("DirectusDesktop/b/key"), binary},
        {QStringLiteral("DirectusDesktop/b/secret"), QByteArray()},
        {QStringLiteral("DirectusDesktop/b/db-password"), QByteArray("\"quoted\": yes # not a comment\n")},
        // base64 of these three bytes is "null": it must stay a string in the YAML.
        {QStringLiteral("DirectusDesktop/b/db-root-password"), QByteArray::fromBase64("null")},
        {QStringLiteral("DirectusDesktop/b/ünïcode key: with colon"), QByteArray("v")},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QVERIFY(wait(store.write(it.key(), it.value())).ok());
    FileSecretStore fresh(path());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const SecretResult r = wait(fresh.read(it.key()));
        QVERIFY2(r.ok(), qPrintable(it.key() + QLatin1String(": ") + r.message));
        QCOMPARE(r.value, it.value());
    }
}

void TstFileSecretStore::createsMissingFolder()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b/secrets.yaml"));
    FileSecretStore store(nested);
    QVERIFY(wait(store.write(QStringLiteral("DirectusDesktop/a/key"), "x")).ok());
    QCOMPARE(wait(store.read(QStringLiteral("DirectusDesktop/a/key"))).value, QByteArray("x"));
#ifdef Q_OS_UNIX
    QCOMPARE(QString::number(modeOf(m_dir->filePath(QStringLiteral("a/b"))), 8), QStringLiteral("700"));
#endif
}

void TstFileSecretStore::queuedOperationsKeepTheirOrder()
{
    FileSecretStore store(path());
    const QString key = QStringLiteral("DirectusDesktop/o/key");
    QList<SecretJob *> jobs;
    for (int i = 0; i < 20; ++i)
        jobs.append(store.write(key, QByteArray::number(i)));
    jobs.append(store.write(QStringLiteral("DirectusDesktop/o/secret"), "kept"));
    jobs.append(store.remove(key));
    jobs.append(store.write(key, "last"));
    SecretJob *read = store.read(key);

    QList<SecretResult> results;
    for (SecretJob *job : std::as_const(jobs)) {
        QObject::connect(job, &SecretJob::finished, this, [&results](const SecretResult &r) { results.append(r); });
    }
    const SecretResult r = wait(read);
    QTRY_COMPARE(results.size(), jobs.size());
    for (const SecretResult &each : std::as_const(results))
        QVERIFY2(each.ok(), qPrintable(each.message));
    QCOMPARE(r.value, QByteArray("last"));
    QCOMPARE(wait(store.read(QStringLiteral("DirectusDesktop/o/secret"))).value, QByteArray("kept"));
}

void TstFileSecretStore::twoStoresOnOneFile()
{
    // Two stores, two worker threads, one file: no write may be lost.
    FileSecretStore a(path());
    FileSecretStore b(path());
    QList<QPointer<SecretJob>> jobs;
    QList<SecretResult> results;
    for (int i = 0; i < 25; ++i) {
        for (FileSecretStore *store : {&a, &b}) {
            const QString key = QStringLiteral("DirectusDesktop/%1-%2/key").arg(store == &a ? 'a' : 'b').arg(i);
            SecretJob *job = store->write(key, key.toUtf8());
            QObject::connect(job, &SecretJob::finished, this, [&results](const SecretResult &r) { results.append(r); });
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 50, 20000);
    for (const SecretResult &each : std::as_const(results))
        QVERIFY2(each.ok(), qPrintable(each.message));
    SecretFile::Entries entries;
    QVERIFY(SecretFile::load(path(), &entries).ok());
    QCOMPARE(entries.size(), 50);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        QCOMPARE(it.value(), it.key().toUtf8());
}

void TstFileSecretStore::finishedComesAfterTheCallAndJobDeletesItself()
{
    FileSecretStore store(path());
    SecretJob *job = store.read(QStringLiteral("DirectusDesktop/a/key"));
    QCOMPARE(job->operation(), SecretJob::Operation::Read);
    QCOMPARE(job->key(), QStringLiteral("DirectusDesktop/a/key"));
    QPointer<SecretJob> guard(job);
    // Give the worker time to be done; the answer still waits for the event loop.
    QThread::msleep(100);
    QVERIFY(!job->isFinished());
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<SecretResult>().error, Error::NotFound);
    QTRY_VERIFY(guard.isNull());
}

void TstFileSecretStore::damagedFileIsReportedAndKept()
{
    const QByteArray damaged = "# hand edited\n[this is: not, a map\n";
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
    }
    FileSecretStore store(path());
    SecretResult r = wait(store.read(QStringLiteral("DirectusDesktop/a/key")));
    QCOMPARE(r.error, Error::Other);
    QVERIFY2(r.message.contains(QLatin1String("damaged")), qPrintable(r.message));
    r = wait(store.write(QStringLiteral("DirectusDesktop/a/key"), "x"));
    QCOMPARE(r.error, Error::Other);
    QCOMPARE(fileBytes(path()), damaged);  // not overwritten: it may hold passwords still

    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("\"DirectusDesktop/a/key\": \"***not base64***\"\n");
    }
    r = wait(store.read(QStringLiteral("DirectusDesktop/a/key")));
    QCOMPARE(r.error, Error::Other);
    QVERIFY2(r.message.contains(QLatin1String("base64")), qPrintable(r.message));

    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(SecretFile::header());
    }
    QCOMPARE(wait(store.read(QStringLiteral("DirectusDesktop/a/key"))).error, Error::NotFound);
}

void TstFileSecretStore::unwritableFolderIsReported()
{
    // A regular file where the folder should be: no folder can be made, for root neither.
    const QString notAFolder = m_dir->filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    FileSecretStore store(notAFolder + QStringLiteral("/secrets.yaml"));
    const SecretResult r = wait(store.write(QStringLiteral("DirectusDesktop/a/key"), "x"));
    QCOMPARE(r.error, Error::Other);
    QVERIFY2(r.message.contains(QLatin1String("could not save")), qPrintable(r.message));
    QVERIFY(!r.detail.isEmpty());
}

QTEST_MAIN(TstFileSecretStore)
#include "tst_filesecretstore.moc"
