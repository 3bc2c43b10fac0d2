// SPDX-License-Identifier: GPL-3.0-or-later
// NodeHelperScripts: the helper containers' commands, run here with the machine's real node
// on a temporary tree (the same program the Directus images carry). Without node the binary
// exits 77 (not run). The engine tiers run them inside real images (restore, create on
// folders, e2e label current on the no-shell image).
#include "backup/NodeHelperScripts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using dd::backup::NodeHelperScripts;

class TestNodeHelperScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptiesFoldersButKeepsThem();
    void deletesTheNamedFilesOnly();
    void doesNotFollowLinksOutOfTheFolder();
#ifdef Q_OS_UNIX
    // File owners are a Unix matter: the case does not exist elsewhere (rather than a skip).
    void chownsTheWholeTree();
#endif
    void failsOnAMissingFolder();

private:
    int run(const QStringList &command);
    static void write(const QString &path, const QByteArray &data = "x");

    QString m_node;
};

void TestNodeHelperScripts::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty()) {
        std::fprintf(stderr, "*** NOT RUN: node is not installed (packaging/install-deps.sh --test)\n");
        std::exit(77);
    }
}

int TestNodeHelperScripts::run(const QStringList &command)
{
    QProcess p;
    // The command starts with "node", found on the image's PATH; here, the machine's.
    p.start(m_node, command.mid(1));
    if (!p.waitForFinished(30000))
        return -1;
    if (p.exitCode() != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestNodeHelperScripts::write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestNodeHelperScripts::emptiesFoldersButKeepsThem()
{
    QTemporaryDir tmp;
    const QString uploads = tmp.filePath(QStringLiteral("uploads"));
    const QString extensions = tmp.filePath(QStringLiteral("extensions"));
    write(uploads + QStringLiteral("/a.jpg"));
    write(uploads + QStringLiteral("/.hidden"));
    write(uploads + QStringLiteral("/deep/er/b.txt"));
    write(extensions + QStringLiteral("/my-ext/package.json"));
    write(tmp.filePath(QStringLiteral("beside/keep.txt")));
    QCOMPARE(run(NodeHelperScripts::emptyFolders({uploads, extensions})), 0);
    QVERIFY(QFileInfo(uploads).isDir());
    QVERIFY(QFileInfo(extensions).isDir());
    QCOMPARE(QDir(uploads).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(QDir(extensions).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("beside/keep.txt"))));
}

void TestNodeHelperScripts::deletesTheNamedFilesOnly()
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("database/data.db"));
    write(db);
    write(db + QStringLiteral("-wal"));
    write(tmp.filePath(QStringLiteral("database/other.db")));
    const QString empty = tmp.filePath(QStringLiteral("uploads"));
    QVERIFY(QDir().mkpath(empty));
    // -shm and -journal do not exist: that is not an error.
    QCOMPARE(run(NodeHelperScripts::emptyFolders({empty}, {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                                                           db + QStringLiteral("-journal")})),
             0);
    QVERIFY(!QFile::exists(db));
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("database/other.db"))));
}

void TestNodeHelperScripts::doesNotFollowLinksOutOfTheFolder()
{
    QTemporaryDir tmp;
    const QString outside = tmp.filePath(QStringLiteral("outside"));
    write(outside + QStringLiteral("/precious.txt"));
    const QString uploads = tmp.filePath(QStringLiteral("uploads"));
    QVERIFY(QDir().mkpath(uploads));
    QVERIFY(QFile::link(outside, uploads + QStringLiteral("/link-to-outside")));
    QCOMPARE(run(NodeHelperScripts::emptyFolders({uploads})), 0);
    QVERIFY(!QFileInfo(uploads + QStringLiteral("/link-to-outside")).isSymLink());
    QVERIFY2(QFile::exists(outside + QStringLiteral("/precious.txt")), "emptying followed a link out of the folder");
}

#ifdef Q_OS_UNIX
void TestNodeHelperScripts::chownsTheWholeTree()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("uploads"));
    write(root + QStringLiteral("/a/b/c.txt"));
    write(tmp.filePath(QStringLiteral("outside.txt")));
    QVERIFY(QFile::link(tmp.filePath(QStringLiteral("outside.txt")), root + QStringLiteral("/link")));
    // Root can give the tree to Directus' uid 1000, as in the helper container; another user
    // can only "give" it to itself, which still runs every call of the walk.
    const bool root_ = ::geteuid() == 0;
    const int uid = root_ ? 1000 : int(::geteuid());
    const int gid = root_ ? 1000 : int(::getegid());
    QCOMPARE(run(NodeHelperScripts::chownTree({root}, uid, gid)), 0);
    for (const QString &p : {root, root + QStringLiteral("/a"), root + QStringLiteral("/a/b"), root + QStringLiteral("/a/b/c.txt"),
                             root + QStringLiteral("/link")}) {
        struct stat st {};
        QCOMPARE(::lstat(QFile::encodeName(p).constData(), &st), 0);
        QCOMPARE(int(st.st_uid), uid);
        QCOMPARE(int(st.st_gid), gid);
    }
    if (root_) {
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(tmp.filePath(QStringLiteral("outside.txt"))).constData(), &st), 0);
        QVERIFY2(int(st.st_uid) != 1000, "the chown followed a link out of the tree");
    }
}
#endif

void TestNodeHelperScripts::failsOnAMissingFolder()
{
    QTemporaryDir tmp;
    QVERIFY(run(NodeHelperScripts::emptyFolders({tmp.filePath(QStringLiteral("missing"))})) != 0);
    QVERIFY(run(NodeHelperScripts::chownTree({tmp.filePath(QStringLiteral("missing"))}, 0, 0)) != 0);
}

QTEST_GUILESS_MAIN(TestNodeHelperScripts)
#include "tst_nodehelperscripts.moc"
