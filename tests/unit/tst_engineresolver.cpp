// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing the engine endpoint like the docker CLI, against temporary HOME, XDG_RUNTIME_DIR
// and system trees holding real unix sockets, regular files and docker context stores.
#include "docker/EngineResolver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

using namespace dd::docker;
using Status = EngineResolver::Status;
using Environment = EngineResolver::Environment;
using Result = EngineResolver::Result;

Q_DECLARE_METATYPE(dd::docker::EngineResolver::Status)

namespace {

// One temporary tree per test: home/, xdg/ and root/ (standing in for "/").
struct Tree
{
    QTemporaryDir dir;

    QString home() const { return dir.filePath(QStringLiteral("home")); }
    QString xdg() const { return dir.filePath(QStringLiteral("xdg")); }
    QString root() const { return dir.filePath(QStringLiteral("root")); }

    // "~/x", "$XDG/x", "/x" map into the tree; anything else is taken as is.
    QString path(const QString &spec) const
    {
        if (spec.startsWith(QLatin1String("~/")))
            return home() + spec.mid(1);
        if (spec.startsWith(QLatin1String("$XDG/")))
            return xdg() + spec.mid(4);
        if (spec.startsWith(QLatin1Char('/')))
            return root() + spec;
        return spec;
    }

    Environment env(const QString &os = QStringLiteral("linux")) const
    {
        QDir().mkpath(home());
        QDir().mkpath(xdg());
        QDir().mkpath(root());
        Environment e;
        e.home = home();
        e.xdgRuntimeDir = xdg();
        e.systemRoot = root();
        e.osName = os;
        return e;
    }

    // A real listening-capable socket file: bound, then closed (the file stays).
    bool socket(const QString &spec) const
    {
        const QString p = path(spec);
        QDir().mkpath(QFileInfo(p).path());
        const QByteArray native = QFile::encodeName(p);
        sockaddr_un addr = {};
        addr.sun_family = AF_UNIX;
        if (size_t(native.size()) >= sizeof addr.sun_path) {
            qWarning("socket path too long: %s", native.constData());
            return false;
        }
        std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd < 0)
            return false;
        const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        ::close(fd);
        return ok;
    }

    bool file(const QString &spec, const QByteArray &content = {}) const
    {
        return write(path(spec), content);
    }

    static bool write(const QString &p, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(p).path());
        QFile f(p);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }

    bool context(const QString &configDir, const QString &name, const QByteArray &meta) const
    {
        const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
        return write(configDir + QStringLiteral("/contexts/meta/") + QString::fromLatin1(digest)
                        + QStringLiteral("/meta.json"),
                    meta);
    }

    QByteArray meta(const QString &name, const QString &socketSpec) const
    {
        return QString::fromLatin1("{\"Name\":\"%1\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"unix://%2\",\"SkipTLSVerify\":false}}}")
            .arg(name, path(socketSpec))
            .toUtf8();
    }
};

EngineEndpoint unixAt(const QString &path)
{
    return EngineEndpoint::unixSocket(path);
}

const EngineResolver::Candidate *find(const Result &r, const QString &origin)
{
    for (const auto &c : r.candidates) {
        if (c.origin == origin)
            return &c;
    }
    return nullptr;
}

// Every endpoint appears at most once, so setStatus and nextUsableAfter are unambiguous.
bool endpointsUnique(const Result &r)
{
    QStringList seen;
    for (const auto &c : r.candidates) {
        if (c.endpoint.address.isEmpty())
            continue;
        if (seen.contains(c.endpoint.toHost()))
            return false;
        seen.append(c.endpoint.toHost());
    }
    return true;
}

// What the resolver saw, as plain values that can cross a process boundary.
struct Seen
{
    bool ran = false;
    QString chosen;
    QList<std::pair<Status, QString>> candidates;  // status, reason
};

Seen see(const Result &r)
{
    Seen seen{true, r.chosen ? r.chosen->address : QString(), {}};
    for (const auto &c : r.candidates)
        seen.candidates.append({c.status, c.reason});
    return seen;
}

constexpr const char *RootSkip = "*** NOT TESTED: running as root, which bypasses file permissions, and dropping "
                                 "to nobody failed. PermissionDenied detection is UNVERIFIED in this run. ***";

// chmod 000 only stops a process without CAP_DAC_OVERRIDE. As root, resolve in a child
// that became nobody; `ran` is false only when it could not drop its privileges.
Seen resolveWithPermissions(const Environment &env, const QString &treeDir)
{
    if (::getuid() != 0)
        return see(EngineResolver::resolve(env));

    // QTemporaryDir makes its folder 0700; the folders mkpath made below it are 0755.
    if (::chmod(QFile::encodeName(treeDir).constData(), 0755) != 0)
        qFatal("chmod %s failed", qPrintable(treeDir));
    int fds[2];
    if (::pipe(fds) != 0)
        qFatal("pipe failed");
    const pid_t pid = ::fork();
    if (pid < 0)
        qFatal("fork failed");
    if (pid == 0) {
        ::close(fds[0]);
        const uid_t nobody = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
            ::_exit(77);
        const Seen seen = see(EngineResolver::resolve(env));
        QString text = seen.chosen;
        for (const auto &[status, reason] : seen.candidates)
            text += QStringLiteral("\n%1\t%2").arg(int(status)).arg(reason);
        const QByteArray bytes = text.toUtf8();
        const bool written = ::write(fds[1], bytes.constData(), size_t(bytes.size())) == bytes.size();
        ::_exit(written ? 0 : 1);
    }
    ::close(fds[1]);
    QByteArray bytes;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        bytes.append(buffer, n);
    ::close(fds[0]);
    int wstatus = 0;
    if (::waitpid(pid, &wstatus, 0) != pid || !WIFEXITED(wstatus))
        qFatal("the unprivileged child did not exit normally");
    if (WEXITSTATUS(wstatus) == 77)
        return {};
    if (WEXITSTATUS(wstatus) != 0)
        qFatal("the unprivileged child failed to report");
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    Seen seen{true, lines.first(), {}};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype tab = lines[i].indexOf(QLatin1Char('\t'));
        seen.candidates.append({Status(lines[i].left(tab).toInt()), lines[i].mid(tab + 1)});
    }
    return seen;
}

} // namespace

class TestEngineResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // DOCKER_HOST is authoritative, as in the CLI: a missing or broken one is reported
    // and nothing else is tried, even with a working socket and a context around.
    void dockerHostWins_data()
    {
        QTest::addColumn<QString>("dockerHost");  // "~/" and "/" expand into the tree
        QTest::addColumn<Status>("status");
        QTest::addColumn<bool>("chosen");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("unix socket") << QStringLiteral("unix://~/custom/engine.sock") << Status::Usable << true
                                     << QStringLiteral("can open");
        QTest::newRow("unix missing") << QStringLiteral("unix://~/nowhere/engine.sock") << Status::Missing << false
                                      << QStringLiteral("unset DOCKER_HOST");
        QTest::newRow("tcp") << QStringLiteral("tcp://127.0.0.1:2375") << Status::NotProbed << true
                             << QStringLiteral("TCP");
        QTest::newRow("npipe") << QStringLiteral("npipe:////./pipe/docker_engine") << Status::NotProbed << true
                               << QStringLiteral("Named pipe");
        QTest::newRow("garbage") << QStringLiteral("docker.example:2375") << Status::Invalid << false
                                 << QStringLiteral("not a unix://");
        QTest::newRow("ssh") << QStringLiteral("ssh://me@buildbox") << Status::Invalid << false
                             << QStringLiteral("SSH");
    }
    void dockerHostWins()
    {
        QFETCH(QString, dockerHost);
        QFETCH(Status, status);
        QFETCH(bool, chosen);
        QFETCH(QString, reasonContains);

        Tree t;
        Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("~/custom/engine.sock")));
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        QVERIFY(t.socket(QStringLiteral("~/ctx.sock")));
        QVERIFY(t.context(t.home() + QStringLiteral("/.docker"), QStringLiteral("ctx"),
                          t.meta(QStringLiteral("ctx"), QStringLiteral("~/ctx.sock"))));
        env.dockerContext = QStringLiteral("ctx");
        env.dockerHost = dockerHost.replace(QLatin1String("unix://~/"), QLatin1String("unix://") + t.home() + QLatin1Char('/'));

        const Result r = EngineResolver::resolve(env);
        QCOMPARE(r.candidates.size(), 1);
        const auto &c = r.candidates.first();
        QCOMPARE(c.origin, QStringLiteral("DOCKER_HOST"));
        QCOMPARE(c.status, status);
        QVERIFY2(c.reason.contains(reasonContains), qPrintable(c.reason));
        QCOMPARE(r.chosen.has_value(), chosen);
        if (chosen) {
            QCOMPARE(*r.chosen, c.endpoint);
            QVERIFY2(r.chosenReason.contains(QLatin1String("DOCKER_HOST is set")), qPrintable(r.chosenReason));
        } else {
            QVERIFY2(r.chosenReason.contains(QLatin1String("no other location is tried")), qPrintable(r.chosenReason));
            QVERIFY(r.explain().contains(QLatin1String("DOCKER_HOST")));
        }
    }

    void dockerContextSelects()
    {
        Tree t;
        Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        QVERIFY(t.socket(QStringLiteral("~/.docker/desktop/docker.sock")));
        const QString config = t.home() + QStringLiteral("/.docker");
        QVERIFY(t.context(config, QStringLiteral("desktop-linux"),
                          t.meta(QStringLiteral("desktop-linux"), QStringLiteral("~/.docker/desktop/docker.sock"))));
        QVERIFY(t.file(QStringLiteral("~/.docker/config.json"), "{\"currentContext\":\"other\"}"));
        env.dockerContext = QStringLiteral("desktop-linux");

        // The store folder is the sha256 of the name, as docker/cli's digest.FromString.
        QVERIFY(QFile::exists(config + QStringLiteral("/contexts/meta/fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc"
                                                      "254700c989b916da791e/meta.json")));

        const Result r = EngineResolver::resolve(env);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().origin, QStringLiteral("context desktop-linux"));
        QCOMPARE(r.candidates.first().contextName, QStringLiteral("desktop-linux"));
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(QStringLiteral("~/.docker/desktop/docker.sock"))));
        QVERIFY2(r.chosenReason.contains(QLatin1String("DOCKER_CONTEXT selects the docker context 'desktop-linux'")),
                 qPrintable(r.chosenReason));
    }

    // DOCKER_CONTEXT is as deliberate as DOCKER_HOST: its engine being down is reported,
    // not papered over with another engine holding other containers.
    void dockerContextDoesNotFallBack()
    {
        Tree t;
        Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        QVERIFY(t.context(t.home() + QStringLiteral("/.docker"), QStringLiteral("colima"),
                          t.meta(QStringLiteral("colima"), QStringLiteral("~/.colima/default/docker.sock"))));
        env.dockerContext = QStringLiteral("colima");

        const Result r = EngineResolver::resolve(env);
        QVERIFY(!r.chosen);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().status, Status::Missing);
        QVERIFY2(r.candidates.first().reason.contains(QLatin1String("unset DOCKER_CONTEXT")),
                 qPrintable(r.candidates.first().reason));
        QVERIFY2(r.chosenReason.contains(QLatin1String("DOCKER_CONTEXT")), qPrintable(r.chosenReason));
    }

    void currentContextFromConfig()
    {
        Tree t;
        Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        QVERIFY(t.socket(QStringLiteral("~/.docker/desktop/docker.sock")));
        QVERIFY(t.context(t.home() + QStringLiteral("/.docker"), QStringLiteral("desktop-linux"),
                          t.meta(QStringLiteral("desktop-linux"), QStringLiteral("~/.docker/desktop/docker.sock"))));
        QVERIFY(t.file(QStringLiteral("~/.docker/config.json"),
                       "{\"auths\":{},\"currentContext\":\"desktop-linux\"}"));

        const Result r = EngineResolver::resolve(env);
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(QStringLiteral("~/.docker/desktop/docker.sock"))));
        QCOMPARE(r.candidates.first().origin, QStringLiteral("context desktop-linux"));
        QVERIFY2(r.chosenReason.contains(QLatin1String("current docker context 'desktop-linux'")),
                 qPrintable(r.chosenReason));
        // The known locations follow, without listing the context's socket twice.
        QVERIFY(endpointsUnique(r));
        QVERIFY(!find(r, QStringLiteral("Docker Desktop (Linux)")));
        QCOMPARE(find(r, QStringLiteral("Docker"))->status, Status::Usable);
    }

    // A stale currentContext is common (Colima uninstalled, Desktop not started), so it
    // falls back to the known locations and says so.
    void currentContextFallsBack()
    {
        Tree t;
        Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        QVERIFY(t.context(t.home() + QStringLiteral("/.docker"), QStringLiteral("colima"),
                          t.meta(QStringLiteral("colima"), QStringLiteral("~/.colima/default/docker.sock"))));
        QVERIFY(t.file(QStringLiteral("~/.docker/config.json"), "{\"currentContext\":\"colima\"}"));

        const Result r = EngineResolver::resolve(env);
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(QStringLiteral("/var/run/docker.sock"))));
        QCOMPARE(r.candidates.first().status, Status::Missing);
        QVERIFY2(r.chosenReason.contains(QLatin1String("First working socket found: Docker.")), qPrintable(r.chosenReason));
        QVERIFY2(r.chosenReason.contains(QLatin1String("context colima")), qPrintable(r.chosenReason));
    }

    void dockerConfigChangesConfigDir()
    {
        Tree t;
        Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("~/a.sock")));
        QVERIFY(t.socket(QStringLiteral("~/b.sock")));
        const QString other = t.dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(t.file(QStringLiteral("~/.docker/config.json"), "{\"currentContext\":\"a\"}"));
        QVERIFY(t.context(t.home() + QStringLiteral("/.docker"), QStringLiteral("a"),
                          t.meta(QStringLiteral("a"), QStringLiteral("~/a.sock"))));
        QVERIFY(Tree::write(other + QStringLiteral("/config.json"), "{\"currentContext\":\"b\"}"));
        QVERIFY(t.context(other, QStringLiteral("b"), t.meta(QStringLiteral("b"), QStringLiteral("~/b.sock"))));
        env.dockerConfigDir = other;

        Result r = EngineResolver::resolve(env);
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(QStringLiteral("~/b.sock"))));

        // DOCKER_CONTEXT looks in DOCKER_CONFIG too: "a" exists only under ~/.docker.
        env.dockerContext = QStringLiteral("a");
        r = EngineResolver::resolve(env);
        QVERIFY(!r.chosen);
        QCOMPARE(r.candidates.first().status, Status::Invalid);
        QVERIFY(r.candidates.first().reason.contains(other));
    }

    void defaultContextUsesKnownLocations_data()
    {
        QTest::addColumn<QString>("dockerContext");
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("DOCKER_CONTEXT=default") << QStringLiteral("default") << QByteArray("{\"currentContext\":\"gone\"}");
        QTest::newRow("currentContext default") << QString() << QByteArray("{\"currentContext\":\"default\"}");
        QTest::newRow("no currentContext") << QString() << QByteArray("{\"auths\":{}}");
        QTest::newRow("no config.json") << QString() << QByteArray();
    }
    void defaultContextUsesKnownLocations()
    {
        QFETCH(QString, dockerContext);
        QFETCH(QByteArray, config);
        Tree t;
        Environment env = t.env();
        env.dockerContext = dockerContext;
        if (!config.isEmpty())
            QVERIFY(t.file(QStringLiteral("~/.docker/config.json"), config));
        QVERIFY(t.socket(QStringLiteral("$XDG/podman/podman.sock")));
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));

        const Result r = EngineResolver::resolve(env);
        QCOMPARE(r.candidates.first().origin, QStringLiteral("Docker"));
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(QStringLiteral("/var/run/docker.sock"))));
        QVERIFY(r.chosenReason.startsWith(QLatin1String("First working socket found: Docker.")));
        QVERIFY(!r.chosenReason.contains(QLatin1String("Not used")));
    }

    void brokenContext_data()
    {
        QTest::addColumn<QByteArray>("meta");  // empty: no meta.json at all
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("no meta.json") << QByteArray() << QStringLiteral("does not exist");
        QTest::newRow("not JSON") << QByteArray("{\"Name\":\"x\",") << QStringLiteral("not valid JSON");
        QTest::newRow("JSON array") << QByteArray("[]") << QStringLiteral("not valid JSON");
        QTest::newRow("no docker endpoint") << QByteArray("{\"Name\":\"x\",\"Endpoints\":{}}")
                                            << QStringLiteral("no Docker endpoint");
        QTest::newRow("ssh endpoint") << QByteArray("{\"Name\":\"x\",\"Endpoints\":{\"docker\":{\"Host\":\"ssh://me@box\"}}}")
                                      << QStringLiteral("SSH endpoints are not supported");
    }
    void brokenContext()
    {
        QFETCH(QByteArray, meta);
        QFETCH(QString, reasonContains);
        Tree t;
        Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        if (!meta.isEmpty())
            QVERIFY(t.context(t.home() + QStringLiteral("/.docker"), QStringLiteral("x"), meta));
        QVERIFY(t.file(QStringLiteral("~/.docker/config.json"), "{\"currentContext\":\"x\"}"));

        // As DOCKER_CONTEXT: the finding alone, nothing chosen.
        env.dockerContext = QStringLiteral("x");
        Result r = EngineResolver::resolve(env);
        QVERIFY(!r.chosen);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().status, Status::Invalid);
        QVERIFY(r.candidates.first().endpoint.address.isEmpty());
        QVERIFY2(r.candidates.first().reason.contains(reasonContains), qPrintable(r.candidates.first().reason));
        QVERIFY(r.candidates.first().reason.contains(QLatin1String("docker context use default")));
        QVERIFY(r.explain().contains(reasonContains));

        // As currentContext: the finding first, then the known locations.
        env.dockerContext.clear();
        r = EngineResolver::resolve(env);
        QCOMPARE(r.candidates.first().status, Status::Invalid);
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(QStringLiteral("/var/run/docker.sock"))));
    }

    void brokenConfigJsonIsIgnored()
    {
        Tree t;
        Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        QVERIFY(t.file(QStringLiteral("~/.docker/config.json"), "{currentContext:"));

        const Result r = EngineResolver::resolve(env);
        QCOMPARE(r.candidates.first().origin, QStringLiteral("docker config"));
        QCOMPARE(r.candidates.first().status, Status::Invalid);
        QVERIFY(r.candidates.first().reason.contains(QLatin1String("config.json is not valid JSON")));
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(QStringLiteral("/var/run/docker.sock"))));
    }

    // Every adjacent pair of the known locations: with both present, the earlier wins.
    void knownLocationOrder_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::addColumn<QString>("origin");

        const QList<std::pair<QString, QString>> linux = {
            {QStringLiteral("/var/run/docker.sock"), QStringLiteral("Docker")},
            {QStringLiteral("$XDG/docker.sock"), QStringLiteral("Docker (rootless)")},
            {QStringLiteral("~/.docker/desktop/docker.sock"), QStringLiteral("Docker Desktop (Linux)")},
            {QStringLiteral("$XDG/podman/podman.sock"), QStringLiteral("Podman (rootless)")},
            {QStringLiteral("/run/podman/podman.sock"), QStringLiteral("Podman (rootful)")},
            {QStringLiteral("~/.colima/default/docker.sock"), QStringLiteral("Colima")},
            {QStringLiteral("~/.colima/docker.sock"), QStringLiteral("Colima (older versions)")},
            {QStringLiteral("~/.rd/docker.sock"), QStringLiteral("Rancher Desktop")},
        };
        const QList<std::pair<QString, QString>> mac = {
            {QStringLiteral("/var/run/docker.sock"), QStringLiteral("Docker")},
            {QStringLiteral("~/.docker/run/docker.sock"), QStringLiteral("Docker Desktop (macOS)")},
            {QStringLiteral("~/.colima/default/docker.sock"), QStringLiteral("Colima")},
            {QStringLiteral("~/.colima/docker.sock"), QStringLiteral("Colima (older versions)")},
            {QStringLiteral("~/.rd/docker.sock"), QStringLiteral("Rancher Desktop")},
            {QStringLiteral("~/.orbstack/run/docker.sock"), QStringLiteral("OrbStack")},
        };
        const auto rows = [](const QString &os, const QList<std::pair<QString, QString>> &list) {
            for (qsizetype i = 0; i + 1 < list.size(); ++i) {
                QTest::addRow("%s: %s before %s", qPrintable(os), qPrintable(list[i].second),
                              qPrintable(list[i + 1].second))
                    << os << list[i].first << list[i + 1].first << list[i].second;
            }
            // The last one alone is found as well.
            QTest::addRow("%s: %s alone", qPrintable(os), qPrintable(list.last().second))
                << os << list.last().first << QString() << list.last().second;
        };
        rows(QStringLiteral("linux"), linux);
        rows(QStringLiteral("macos"), mac);
    }
    void knownLocationOrder()
    {
        QFETCH(QString, os);
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        QFETCH(QString, origin);
        Tree t;
        const Environment env = t.env(os);
        QVERIFY(t.socket(earlier));
        if (!later.isEmpty())
            QVERIFY(t.socket(later));

        const Result r = EngineResolver::resolve(env);
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(earlier)));
        QCOMPARE(r.chosenReason, QStringLiteral("First working socket found: %1.").arg(origin));
        QCOMPARE(find(r, origin)->status, Status::Usable);
        QVERIFY(endpointsUnique(r));
        if (!later.isEmpty())
            QCOMPARE(*r.nextUsableAfter(*r.chosen), unixAt(t.path(later)));
    }

    void rootlessDocker()
    {
        Tree t;
        const Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("$XDG/docker.sock")));
        const Result r = EngineResolver::resolve(env);
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.xdg() + QStringLiteral("/docker.sock")));
        QVERIFY(r.chosenReason.contains(QLatin1String("Docker (rootless)")));
    }

    void podmanOnly_data()
    {
        QTest::addColumn<QString>("socket");
        QTest::addColumn<QString>("origin");
        QTest::newRow("rootless") << QStringLiteral("$XDG/podman/podman.sock") << QStringLiteral("Podman (rootless)");
        QTest::newRow("rootful") << QStringLiteral("/run/podman/podman.sock") << QStringLiteral("Podman (rootful)");
    }
    void podmanOnly()
    {
        QFETCH(QString, socket);
        QFETCH(QString, origin);
        Tree t;
        const Environment env = t.env();
        QVERIFY(t.socket(socket));
        const Result r = EngineResolver::resolve(env);
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(socket)));
        QCOMPARE(r.chosenReason, QStringLiteral("First working socket found: %1.").arg(origin));
    }

    void nothingFound()
    {
        Tree t;
        const Environment env = t.env();
        const Result r = EngineResolver::resolve(env);
        QVERIFY(!r.chosen);
        QCOMPARE(r.candidates.size(), 8);
        const QString text = r.explain();
        QVERIFY(text.startsWith(QLatin1String("No Docker-compatible engine found.")));
        for (const auto &c : r.candidates) {
            QCOMPARE(c.status, Status::Missing);
            QVERIFY2(text.contains(c.endpoint.toHost()), qPrintable(c.endpoint.toHost()));
            QVERIFY2(text.contains(c.reason), qPrintable(c.reason));
        }
        QCOMPARE(text.count(QLatin1String(": missing. No socket at ")), 8);
        QVERIFY(find(r, QStringLiteral("Podman (rootless)"))
                    ->reason.contains(QLatin1String("systemctl --user enable --now podman.socket")));
        QVERIFY(find(r, QStringLiteral("Docker"))->reason.contains(QLatin1String("sudo systemctl start docker")));
        QVERIFY(text.endsWith(EngineResolver::fixForNoEngine(QStringLiteral("linux"))));
    }

    void notASocket_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QString>("what");
        QTest::newRow("regular file") << false << QStringLiteral("a regular file");
        // What dockerd leaves behind when a bind mount created the path first.
        QTest::newRow("folder") << true << QStringLiteral("a folder");
    }
    void notASocket()
    {
        QFETCH(bool, folder);
        QFETCH(QString, what);
        Tree t;
        const Environment env = t.env();
        if (folder)
            QVERIFY(QDir().mkpath(t.path(QStringLiteral("/var/run/docker.sock"))));
        else
            QVERIFY(t.file(QStringLiteral("/var/run/docker.sock"), "not a socket"));
        QVERIFY(t.socket(QStringLiteral("~/.rd/docker.sock")));

        const Result r = EngineResolver::resolve(env);
        const auto *docker = find(r, QStringLiteral("Docker"));
        QCOMPARE(docker->status, Status::NotASocket);
        QVERIFY2(docker->reason.contains(what), qPrintable(docker->reason));
        QVERIFY(r.chosen);
        QCOMPARE(*r.chosen, unixAt(t.path(QStringLiteral("~/.rd/docker.sock"))));
    }

    void permissionDenied()
    {
        Tree t;
        const Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        QVERIFY(t.socket(QStringLiteral("~/.rd/docker.sock")));
        const QString path = t.path(QStringLiteral("/var/run/docker.sock"));
        const QString usable = t.path(QStringLiteral("~/.rd/docker.sock"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0), 0);
        QCOMPARE(::chmod(QFile::encodeName(usable).constData(), 0666), 0);

        const Seen seen = resolveWithPermissions(env, t.dir.path());
        if (!seen.ran)
            QSKIP(RootSkip);
        QCOMPARE(seen.candidates.first().first, Status::PermissionDenied);
        QCOMPARE(seen.candidates.first().second,
                 QStringLiteral("Permission denied on %1. Add your user to the docker group "
                                "(sudo usermod -aG docker $USER), then log out and back in.")
                     .arg(path));
        QCOMPARE(seen.chosen, usable);
    }

    void permissionFixDependsOnOwner_data()
    {
        QTest::addColumn<QString>("socket");
        QTest::addColumn<QString>("fixContains");
        QTest::newRow("user socket") << QStringLiteral("~/.rd/docker.sock") << QStringLiteral("should belong to you");
        QTest::newRow("rootful podman") << QStringLiteral("/run/podman/podman.sock")
                                        << QStringLiteral("use rootless Podman instead "
                                                          "(systemctl --user enable --now podman.socket)");
    }
    void permissionFixDependsOnOwner()
    {
        QFETCH(QString, socket);
        QFETCH(QString, fixContains);
        Tree t;
        const Environment env = t.env();
        QVERIFY(t.socket(socket));
        QCOMPARE(::chmod(QFile::encodeName(t.path(socket)).constData(), 0), 0);

        const Seen seen = resolveWithPermissions(env, t.dir.path());
        if (!seen.ran)
            QSKIP(RootSkip);
        QVERIFY(seen.chosen.isEmpty());
        int denied = 0;
        for (const auto &[status, reason] : seen.candidates) {
            if (status == Status::PermissionDenied) {
                QVERIFY2(reason.contains(fixContains), qPrintable(reason));
                ++denied;
            }
        }
        QCOMPARE(denied, 1);
    }

    // Named pipes cannot be looked at cheaply: all are tried, in order.
    void windowsPipes()
    {
        Tree t;
        const Environment env = t.env(QStringLiteral("windows"));
        Result r = EngineResolver::resolve(env);
        QCOMPARE(r.candidates.size(), 3);
        for (const auto &c : r.candidates) {
            QCOMPARE(c.endpoint.kind, EngineEndpoint::Kind::NamedPipe);
            QCOMPARE(c.status, Status::NotProbed);
        }
        QVERIFY(r.chosen);
        QCOMPARE(r.chosen->address, QStringLiteral("\\\\.\\pipe\\docker_engine"));
        QCOMPARE(r.chosenReason, QStringLiteral("First named pipe to try: Docker Desktop."));
        QCOMPARE(r.nextUsableAfter(*r.chosen)->address, QStringLiteral("\\\\.\\pipe\\dockerDesktopLinuxEngine"));

        r.setStatus(*r.chosen, Status::Missing, QStringLiteral("The pipe does not exist."));
        QCOMPARE(r.chosen->address, QStringLiteral("\\\\.\\pipe\\dockerDesktopLinuxEngine"));
    }

    // The client downgrades a chosen endpoint after its /_ping failed; the choice moves on.
    void setStatusMovesOn()
    {
        Tree t;
        const Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("/var/run/docker.sock")));
        QVERIFY(t.socket(QStringLiteral("$XDG/podman/podman.sock")));
        const EngineEndpoint docker = unixAt(t.path(QStringLiteral("/var/run/docker.sock")));
        const EngineEndpoint podman = unixAt(t.path(QStringLiteral("$XDG/podman/podman.sock")));

        Result r = EngineResolver::resolve(env);
        QCOMPARE(*r.chosen, docker);
        QCOMPARE(*r.nextUsableAfter(docker), podman);
        QVERIFY(!r.nextUsableAfter(podman));
        // Not a candidate: from the start.
        QCOMPARE(*r.nextUsableAfter(unixAt(QStringLiteral("/elsewhere.sock"))), docker);

        const QString notEngine = QStringLiteral("It accepted the connection but did not answer /_ping like an engine.");
        r.setStatus(docker, Status::NotAnEngine, notEngine);
        QCOMPARE(*r.chosen, podman);
        QVERIFY2(r.chosenReason.contains(QLatin1String("Podman (rootless)")), qPrintable(r.chosenReason));
        QVERIFY2(r.chosenReason.contains(QLatin1String("Not used: Docker")), qPrintable(r.chosenReason));
        QVERIFY(r.explain().contains(QStringLiteral("not an engine. ") + notEngine));

        r.setStatus(podman, Status::NotAnEngine, notEngine);
        QVERIFY(!r.chosen);
        QVERIFY(r.explain().startsWith(QLatin1String("No Docker-compatible engine found.")));

        // An unknown endpoint changes nothing.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a candidate")));
        r.setStatus(unixAt(QStringLiteral("/elsewhere.sock")), Status::Usable, {});
        QVERIFY(!r.chosen);
    }

    void explainShape()
    {
        Tree t;
        const Environment env = t.env();
        QVERIFY(t.socket(QStringLiteral("~/.docker/desktop/docker.sock")));
        const Result r = EngineResolver::resolve(env);
        const QStringList lines = r.explain().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Engine: Docker Desktop (Linux) (unix://%1). First working socket found: "
                                               "Docker Desktop (Linux).")
                                    .arg(t.path(QStringLiteral("~/.docker/desktop/docker.sock"))));
        QCOMPARE(lines.at(1), QStringLiteral("Also checked:"));
        QCOMPARE(lines.size(), 2 + r.candidates.size() - 1);
        QVERIFY(lines.at(2).startsWith(QLatin1String("  - Docker (unix://")));
        QVERIFY(!r.explain().contains(EngineResolver::fixForNoEngine(QStringLiteral("linux"))));
    }

    void fixForNoEngine_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("linux") << QStringLiteral("linux")
                               << QStringList{QStringLiteral("sudo apt install docker.io"), QStringLiteral("Podman"),
                                              QStringLiteral("sudo systemctl start docker"),
                                              QStringLiteral("usermod -aG docker"), QStringLiteral("log out")};
        QTest::newRow("macos") << QStringLiteral("macos")
                               << QStringList{QStringLiteral("Docker Desktop"), QStringLiteral("Colima"),
                                              QStringLiteral("OrbStack"), QStringLiteral("Rancher Desktop")};
        QTest::newRow("windows") << QStringLiteral("windows") << QStringList{QStringLiteral("Start Docker Desktop")};
    }
    void fixForNoEngine()
    {
        QFETCH(QString, os);
        QFETCH(QStringList, mentions);
        const QString fix = EngineResolver::fixForNoEngine(os);
        for (const QString &m : mentions)
            QVERIFY2(fix.contains(m), qPrintable(fix));
    }

    void environmentFromProcess()
    {
        const QByteArray savedXdg = qgetenv("XDG_RUNTIME_DIR");
        const bool hadXdg = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR");
        qputenv("DOCKER_HOST", "tcp://127.0.0.1:2375");
        qputenv("DOCKER_CONTEXT", "ctx");
        qputenv("DOCKER_CONFIG", "/cfg");
        qputenv("XDG_RUNTIME_DIR", "/xdg");
        const Environment env = Environment::fromProcess();
        qunsetenv("DOCKER_HOST");
        qunsetenv("DOCKER_CONTEXT");
        qunsetenv("DOCKER_CONFIG");
        if (hadXdg)
            qputenv("XDG_RUNTIME_DIR", savedXdg);
        else
            qunsetenv("XDG_RUNTIME_DIR");
        QCOMPARE(env.dockerHost, QStringLiteral("tcp://127.0.0.1:2375"));
        QCOMPARE(env.dockerContext, QStringLiteral("ctx"));
        QCOMPARE(env.dockerConfigDir, QStringLiteral("/cfg"));
        QCOMPARE(env.xdgRuntimeDir, QStringLiteral("/xdg"));
        QCOMPARE(env.home, QDir::homePath());
        QCOMPARE(env.osName, QStringLiteral("linux"));
        QVERIFY(env.systemRoot.isEmpty());
    }
};

QTEST_MAIN(TestEngineResolver)
#include "tst_engineresolver.moc"
