// SPDX-License-Identifier: GPL-3.0-or-later
// The file side of backups: manifest.json round trip, folder names, the catalog's order, the tar
// reader on archives made by the real `tar` (GNU, ustar, pax; long names; damaged ones), the tar
// writer read back by `tar`, and the verifier on a complete and on damaged backup folders.
#include "backup/ArchiveEntryCheck.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupInfo.h"
#include "backup/BackupManifest.h"
#include "backup/BackupVerifier.h"
#include "backup/DatabaseDump.h"
#include "backup/TarReader.h"
#include "backup/TarWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace dd::backup;
using dd::instance::DatabaseKind;

namespace {

BackupInfo sampleInfo(const QString &folder, const QDateTime &when = QDateTime(QDate(2026, 11, 29), QTime(19, 5, 7), Qt::UTC))
{
    BackupInfo info;
    info.folder = folder;
    info.instanceId = QStringLiteral("0b6d6a8e-1f7e-4a43-9a57-0f3f8c1c2d11");
    info.instanceName = QStringLiteral("blog");
    info.imageTag = QStringLiteral("11.1.2");
    info.databaseKind = DatabaseKind::Postgres;
    info.createdAt = when;
    info.reason = QStringLiteral("before upgrade to 11.2.0");
    return info;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray singleFileTar(const QString &name, const QByteArray &content)
{
    QByteArray in = content;
    QBuffer source(&in);
    source.open(QIODevice::ReadOnly);
    QByteArray tar;
    QBuffer out(&tar);
    out.open(QIODevice::WriteOnly);
    if (!TarWriter::writeSingleFile(out, name, source, content.size()))
        return {};
    return tar;
}

// A whole, valid PostgreSQL backup in `folder` (with `uploadsTar` as its uploads, if given).
void makeBackup(const QString &folder, const QByteArray &dump, const QByteArray &uploadsTar = {})
{
    QDir().mkpath(folder);
    writeFile(folder + QStringLiteral("/database.sql"), dump);
    writeFile(folder + QStringLiteral("/uploads.tar"),
              uploadsTar.isEmpty() ? singleFileTar(QStringLiteral("uploads/a.jpg"), "jpeg") : uploadsTar);
    writeFile(folder + QStringLiteral("/extensions.tar"), singleFileTar(QStringLiteral("extensions/.keep"), ""));
    QList<BackupManifest::File> files;
    for (const char *name : {"database.sql", "uploads.tar", "extensions.tar"})
        files.append({QString::fromLatin1(name), QFileInfo(folder + QLatin1Char('/') + QLatin1String(name)).size()});
    QString error;
    QVERIFY2(BackupManifest::write(sampleInfo(folder), files, &error), qPrintable(error));
}

const QByteArray kDump = "--\n-- PostgreSQL database dump\n--\nCREATE TABLE notes (id int);\n"
                         "--\n-- PostgreSQL database dump complete\n--\n\n";

} // namespace

class tst_BackupInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifestRoundTrip()
    {
        QTemporaryDir dir;
        const BackupInfo info = sampleInfo(dir.path());
        const QList<BackupManifest::File> files{{QStringLiteral("database.sql"), 1234}, {QStringLiteral("uploads.tar"), 10240}};
        QString error;
        QVERIFY2(BackupManifest::write(info, files, &error), qPrintable(error));
        const auto read = BackupInfo::read(dir.path(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->folder, QDir(dir.path()).absolutePath());
        QCOMPARE(read->instanceId, info.instanceId);
        QCOMPARE(read->instanceName, info.instanceName);
        QCOMPARE(read->imageTag, info.imageTag);
        QCOMPARE(read->databaseKind, DatabaseKind::Postgres);
        QCOMPARE(read->createdAt, info.createdAt);
        QCOMPARE(read->reason, info.reason);
        QCOMPARE(read->sizeBytes, 1234 + 10240);
        QCOMPARE(*BackupManifest::files(dir.path()), files);
    }

    void manifestRefusals()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!BackupInfo::read(dir.path(), &error));
        QVERIFY(error.contains(QLatin1String("manifest.json")));
        writeFile(dir.filePath(QStringLiteral("manifest.json")), "{not json");
        QVERIFY(!BackupInfo::read(dir.path(), &error));
        QVERIFY(error.contains(QLatin1String("damaged")));
        writeFile(dir.filePath(QStringLiteral("manifest.json")), R"({"format":99,"imageTag":"1","databaseKind":"sqlite"})");
        QVERIFY(!BackupInfo::read(dir.path(), &error));
        writeFile(dir.filePath(QStringLiteral("manifest.json")),
                  R"({"format":1,"imageTag":"11.1.2","databaseKind":"sqlite","createdAt":"2026-11-29T19:05:07Z",)"
                  R"("files":[{"name":"../../etc/passwd","size":1}]})");
        QVERIFY(BackupInfo::read(dir.path()));
        QVERIFY(!BackupManifest::files(dir.path(), &error));  // a manifest never names a file outside its folder
    }

    // A size of 1e300 or -1e300 was cast from double to qint64 (undefined; on x86 it gave
    // INT64_MIN, a negative backup size), a missing or negative one was added to the total as
    // is, and the total could overflow. Sizes are whole byte counts now, or the file is refused.
    void manifestSizes()
    {
        const QByteArray head = "{\"format\":1,\"imageTag\":\"11.1.2\",\"databaseKind\":\"sqlite\","
                                "\"createdAt\":\"2026-11-29T19:05:07Z\",\"files\":[";
        for (const char *bad : {"1e300", "-1e300", "-5", "1.5", "\"12\"", "null", "9007199254740993e3"}) {
            const QByteArray json = head + "{\"name\":\"database.sqlite\",\"size\":" + bad
                                  + "},{\"name\":\"uploads.tar\",\"size\":100}]}";
            QString error;
            QVERIFY2(!BackupManifest::parseFiles(json, QStringLiteral("b"), &error), bad);
            QVERIFY(error.contains(QLatin1String("database.sqlite")));
            const auto info = BackupManifest::parseInfo(json, QStringLiteral("b"), &error);
            QVERIFY2(info, qPrintable(error));
            QCOMPARE(info->sizeBytes, 100);  // the bad size counts as nothing, never as a negative number
        }
        QVERIFY(!BackupManifest::parseFiles(head + "{\"name\":\"database.sqlite\"}]}", QStringLiteral("b")));

        // 2^53 bytes 1100 times is more than a qint64 holds: the total stops at the largest one.
        QByteArray many = head;
        for (int i = 0; i < 1100; ++i)
            many += (i ? ",{\"name\":\"f" : "{\"name\":\"f") + QByteArray::number(i) + "\",\"size\":9007199254740992}";
        many += "]}";
        const auto files = BackupManifest::parseFiles(many, QStringLiteral("b"));
        QVERIFY(files);
        QCOMPARE(files->size(), 1100);
        QCOMPARE(files->first().size, Q_INT64_C(9007199254740992));
        const auto info = BackupManifest::parseInfo(many, QStringLiteral("b"));
        QVERIFY(info);
        QCOMPARE(info->sizeBytes, std::numeric_limits<qint64>::max());
    }

    void folderName()
    {
        BackupInfo info = sampleInfo({});
        QCOMPARE(BackupManifest::folderName(info), QStringLiteral("blog_11.1.2_postgres_20261129-190507"));
        info.databaseKind = DatabaseKind::Sqlite;
        info.createdAt = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC).toOffsetFromUtc(3600);
        QCOMPARE(BackupManifest::folderName(info), QStringLiteral("blog_11.1.2_sqlite_20270102-030405"));  // always UTC
    }

    void catalogNewestFirst()
    {
        QTemporaryDir root;
        const QDateTime t0(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        const QList<int> hours{5, 1, 9};
        for (int h : hours) {
            BackupInfo info = sampleInfo(root.filePath(QStringLiteral("b%1").arg(h)), t0.addSecs(h * 3600));
            QDir().mkpath(info.folder);
            QVERIFY(BackupManifest::write(info, {}));
        }
        BackupInfo other = sampleInfo(root.filePath(QStringLiteral("other")), t0.addDays(3));
        other.instanceId = QStringLiteral("another-instance");
        QDir().mkpath(other.folder);
        QVERIFY(BackupManifest::write(other, {}));
        QDir().mkpath(root.filePath(QStringLiteral("not-a-backup")));
        writeFile(root.filePath(QStringLiteral("stray-file")), "x");

        const QList<BackupInfo> list = BackupCatalog::list(root.path(), sampleInfo({}).instanceId);
        QCOMPARE(list.size(), 3);
        QCOMPARE(QFileInfo(list.at(0).folder).fileName(), QStringLiteral("b9"));
        QCOMPARE(QFileInfo(list.at(1).folder).fileName(), QStringLiteral("b5"));
        QCOMPARE(QFileInfo(list.at(2).folder).fileName(), QStringLiteral("b1"));
        QVERIFY(BackupCatalog::list(root.filePath(QStringLiteral("missing")), sampleInfo({}).instanceId).isEmpty());
    }

    void tarReaderOnRealTar_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("gnu") << QStringLiteral("gnu");
        QTest::newRow("ustar") << QStringLiteral("ustar");
        QTest::newRow("pax") << QStringLiteral("pax");
    }
    void tarReaderOnRealTar()
    {
        QFETCH(QString, format);
        if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
            QSKIP("no tar on this machine");
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("uploads/sub")));
        const QByteArray big(70000, 'b');
        writeFile(dir.filePath(QStringLiteral("uploads/a.txt")), "hello\n");
        writeFile(dir.filePath(QStringLiteral("uploads/sub/big.bin")), big);
        // Longer than ustar's 100-byte name field, shorter than its 155-byte prefix + name.
        const QString longName = QStringLiteral("uploads/sub/") + QString(90, QLatin1Char('n')) + QStringLiteral(".txt");
        writeFile(dir.filePath(longName), "long");
        QProcess tar;
        tar.setWorkingDirectory(dir.path());
        tar.start(QStringLiteral("tar"), {QStringLiteral("--format=") + format, QStringLiteral("-cf"), QStringLiteral("out.tar"),
                                          QStringLiteral("uploads")});
        QVERIFY(tar.waitForFinished(30000));
        QCOMPARE(tar.exitCode(), 0);

        QFile archive(dir.filePath(QStringLiteral("out.tar")));
        QVERIFY(archive.open(QIODevice::ReadOnly));
        QString error;
        const auto entries = TarReader::list(archive, &error);
        QVERIFY2(entries, qPrintable(error));
        QMap<QString, TarEntry> byName;
        for (const TarEntry &e : *entries)
            byName.insert(e.name, e);
        QVERIFY(byName.contains(QStringLiteral("uploads/")));
        QCOMPARE(byName.value(QStringLiteral("uploads/")).type, '5');
        QCOMPARE(byName.value(QStringLiteral("uploads/a.txt")).size, 6);
        QVERIFY2(byName.contains(longName), qPrintable(byName.keys().join(QLatin1Char('\n'))));
        QByteArray copied;
        QBuffer out(&copied);
        out.open(QIODevice::WriteOnly);
        QVERIFY(TarReader::copyData(archive, byName.value(QStringLiteral("uploads/sub/big.bin")), out));
        QCOMPARE(copied, big);
    }

    void tarReaderRefusesDamage()
    {
        QByteArray tar = singleFileTar(QStringLiteral("database.sqlite"), QByteArray(1000, 's'));
        QByteArray cut = tar.left(700);  // inside the data
        QBuffer cutBuffer(&cut);
        cutBuffer.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!TarReader::list(cutBuffer, &error));
        QVERIFY(!error.isEmpty());

        QByteArray flipped = tar;
        flipped[10] = 'X';  // the name changes, the checksum does not
        QBuffer flippedBuffer(&flipped);
        flippedBuffer.open(QIODevice::ReadOnly);
        QVERIFY(!TarReader::list(flippedBuffer, &error));
        QVERIFY(error.contains(QLatin1String("checksum")));

        QByteArray empty;
        QBuffer emptyBuffer(&empty);
        emptyBuffer.open(QIODevice::ReadOnly);
        QVERIFY(!TarReader::list(emptyBuffer));
    }

    void tarWriterIsReadByTar()
    {
        const QByteArray content = QByteArray("SQLite format 3\0", 16) + QByteArray(5000, 'q');
        QByteArray tar = singleFileTar(QStringLiteral("database.sqlite"), content);
        QCOMPARE(tar.size() % 512, 0);
        QBuffer buffer(&tar);
        buffer.open(QIODevice::ReadOnly);
        const auto entries = TarReader::list(buffer);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().name, QStringLiteral("database.sqlite"));
        QCOMPARE(entries->first().size, content.size());

        if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
            QSKIP("no tar on this machine");
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("w.tar")), tar);
        QProcess extract;
        extract.setWorkingDirectory(dir.path());
        extract.start(QStringLiteral("tar"), {QStringLiteral("-xf"), QStringLiteral("w.tar")});
        QVERIFY(extract.waitForFinished(30000));
        QCOMPARE(extract.exitCode(), 0);
        QFile extracted(dir.filePath(QStringLiteral("database.sqlite")));
        QVERIFY(extracted.open(QIODevice::ReadOnly));
        QCOMPARE(extracted.readAll(), content);
    }

    void verifierAcceptsWholeBackup()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("b"));
        makeBackup(folder, kDump);
        QString error;
        const auto info = BackupVerifier::verify(folder, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->sizeBytes, QFileInfo(folder + QStringLiteral("/database.sql")).size()
                                      + QFileInfo(folder + QStringLiteral("/uploads.tar")).size()
                                      + QFileInfo(folder + QStringLiteral("/extensions.tar")).size());
    }

    void verifierRefusesDamage()
    {
        QTemporaryDir root;
        QString error;
        // A dump cut short: the size no longer matches the manifest.
        const QString cut = root.filePath(QStringLiteral("cut"));
        makeBackup(cut, kDump);
        QVERIFY(QFile::resize(cut + QStringLiteral("/database.sql"), kDump.size() / 2));
        QVERIFY(!BackupVerifier::verify(cut, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        // A dump that never completed, recorded as such in the manifest.
        const QString incomplete = root.filePath(QStringLiteral("incomplete"));
        makeBackup(incomplete, "--\n-- PostgreSQL database dump\n--\nCREATE TABLE notes (id int);\n");
        QVERIFY(!BackupVerifier::verify(incomplete, &error));
        QVERIFY2(error.contains(QLatin1String("cut short")), qPrintable(error));
        // A missing archive.
        const QString missing = root.filePath(QStringLiteral("missing"));
        makeBackup(missing, kDump);
        QVERIFY(QFile::remove(missing + QStringLiteral("/uploads.tar")));
        QVERIFY(!BackupVerifier::verify(missing, &error));
        QVERIFY2(error.contains(QLatin1String("uploads.tar")), qPrintable(error));
    }

    void archiveEntryCheck_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<char>("type");
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("safe");
        QTest::newRow("file") << QStringLiteral("uploads/a.jpg") << '0' << QString() << true;
        QTest::newRow("folder") << QStringLiteral("uploads/") << '5' << QString() << true;
        QTest::newRow("dot parts") << QStringLiteral("./uploads/./a") << '0' << QString() << true;
        QTest::newRow("link inside") << QStringLiteral("uploads/x/l") << '2' << QStringLiteral("../a.jpg") << true;
        QTest::newRow("hard link inside") << QStringLiteral("uploads/h") << '1' << QStringLiteral("uploads/a.jpg") << true;
        QTest::newRow("parent") << QStringLiteral("uploads/../../etc/x") << '0' << QString() << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/cron.d/x") << '0' << QString() << false;
        QTest::newRow("link out") << QStringLiteral("uploads/l") << '2' << QStringLiteral("../../etc/passwd") << false;
        QTest::newRow("link to the next folder") << QStringLiteral("uploads/l") << '2' << QStringLiteral("../extensions/e") << false;
        QTest::newRow("absolute link") << QStringLiteral("uploads/l") << '2' << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("hard link out") << QStringLiteral("uploads/h") << '1' << QStringLiteral("../etc/passwd") << false;
        QTest::newRow("device") << QStringLiteral("uploads/d") << '3' << QString() << false;
        QTest::newRow("fifo") << QStringLiteral("uploads/f") << '6' << QString() << false;
    }
    void archiveEntryCheck()
    {
        QFETCH(QString, name);
        QFETCH(char, type);
        QFETCH(QString, link);
        QFETCH(bool, safe);
        TarEntry entry;
        entry.name = name;
        entry.type = type;
        entry.linkName = link;
        const QString problem = ArchiveEntryCheck::problem(entry);
        QCOMPARE(problem.isEmpty(), safe);
        if (!safe)
            QVERIFY2(problem.contains(name), qPrintable(problem));
    }

    // Archives made by GNU tar with what a planted backup would hold: the verifier refuses the
    // backup and names the entry, so a restore never starts.
    void verifierRefusesUnsafeEntries_data()
    {
        QTest::addColumn<QStringList>("tarArguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("parent folder") << QStringList{QStringLiteral("-P"), QStringLiteral("--transform=s,^uploads/a.txt,uploads/../../evil,"),
                                                      QStringLiteral("uploads")}
                                       << QStringLiteral("uploads/../../evil");
        QTest::newRow("link out") << QStringList{QStringLiteral("uploads")} << QStringLiteral("uploads/link");
    }
    void verifierRefusesUnsafeEntries()
    {
        QFETCH(QStringList, tarArguments);
        QFETCH(QString, named);
        if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
            QFAIL("GNU tar is needed to make the archives (Debian's tar package)");
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("uploads")));
        writeFile(dir.filePath(QStringLiteral("uploads/a.txt")), "hello\n");
        if (qstrcmp(QTest::currentDataTag(), "link out") == 0)
            QVERIFY(QFile::link(QStringLiteral("../../etc/passwd"), dir.filePath(QStringLiteral("uploads/link"))));
        QProcess tar;
        tar.setWorkingDirectory(dir.path());
        tar.start(QStringLiteral("tar"), QStringList{QStringLiteral("-cf"), QStringLiteral("out.tar")} + tarArguments);
        QVERIFY(tar.waitForFinished(30000));
        QCOMPARE(tar.exitCode(), 0);
        QFile archive(dir.filePath(QStringLiteral("out.tar")));
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QByteArray bytes = archive.readAll();
        QBuffer listed;
        listed.setData(bytes);
        listed.open(QIODevice::ReadOnly);
        const auto entries = TarReader::list(listed);
        QVERIFY(entries);
        if (qstrcmp(QTest::currentDataTag(), "link out") == 0) {
            const auto link = std::find_if(entries->cbegin(), entries->cend(), [](const TarEntry &e) { return e.type == '2'; });
            QVERIFY(link != entries->cend());
            QCOMPARE(link->linkName, QStringLiteral("../../etc/passwd"));  // the reader gives the target
        }
        const QString folder = dir.filePath(QStringLiteral("backup"));
        makeBackup(folder, kDump, bytes);
        QString error;
        QVERIFY(!BackupVerifier::verify(folder, &error));
        QVERIFY2(error.contains(QLatin1String("refused")) && error.contains(named), qPrintable(error));
    }

    void dumpTable()
    {
        QVERIFY(DatabaseDump::forKind(DatabaseKind::Sqlite)->isFile);
        QCOMPARE(DatabaseDump::forKind(DatabaseKind::Postgres)->fileName, QStringLiteral("database.sql"));
        QVERIFY(DatabaseDump::forKind(DatabaseKind::MariaDb)->dumpCommand.join(QLatin1Char(' ')).contains(QLatin1String("mariadb-dump")));
        for (DatabaseKind kind : {DatabaseKind::MsSql, DatabaseKind::CockroachDb, DatabaseKind::Oracle, DatabaseKind::External}) {
            QVERIFY(!DatabaseDump::forKind(kind));
            QVERIFY(DatabaseDump::unsupportedSentence(kind).contains(QLatin1String("not supported")));
        }
    }
};

QTEST_GUILESS_MAIN(tst_BackupInfo)
#include "tst_backupinfo.moc"
