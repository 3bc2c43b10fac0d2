// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ComposeExporter.h"

#include "core/AtomicFile.h"

#include "instance/InstanceSpec.h"
#include "instance/InstanceTr.h"
#include "instance/YamlUtil.h"

#include <QDir>
#include <QRegularExpression>

#include <chrono>

namespace dd::instance {

namespace {

using docker::ContainerSpec;
using yaml::quoted;

// Env written as a map "KEY: value"; the plan holds "KEY=value".
EnvVar splitEnv(const QString &entry)
{
    const qsizetype eq = entry.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {entry, {}};
    return {entry.left(eq), entry.mid(eq + 1)};
}

QString duration(std::chrono::nanoseconds ns)
{
    using namespace std::chrono;
    if (ns % seconds(1) == nanoseconds(0))
        return QString::number(duration_cast<seconds>(ns).count()) + QLatin1Char('s');
    if (ns % milliseconds(1) == nanoseconds(0))
        return QString::number(duration_cast<milliseconds>(ns).count()) + QStringLiteral("ms");
    return QString::number(ns.count()) + QStringLiteral("ns");
}

QString portMapping(const ContainerSpec::PortBinding &p)
{
    QString container = p.containerPort;
    if (container.endsWith(QLatin1String("/tcp")))
        container.chop(4);
    QString ip = p.hostIp;
    if (ip.contains(QLatin1Char(':')))
        ip = QLatin1Char('[') + ip + QLatin1Char(']');  // IPv6 needs brackets in the short form
    QString out;
    if (!ip.isEmpty())
        out += ip + QLatin1Char(':');
    if (!p.hostPort.isEmpty())
        out += p.hostPort + QLatin1Char(':');
    return out + container;
}

// Only the app's own labels: Compose sets every com.docker.compose.* label itself.
void emitOwnLabels(YAML::Emitter &out, const QMap<QString, QString> &labels)
{
    QMap<QString, QString> own;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("org.directusdesktop.")))
            own.insert(it.key(), it.value());
    }
    if (own.isEmpty())
        return;
    out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        out << YAML::Key << yaml::s(it.key()) << YAML::Value;
        quoted(out, ComposeExporter::escapeDollars(it.value()));
    }
    out << YAML::EndMap;
}

void emitList(YAML::Emitter &out, const char *key, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const QString &item : items)
        quoted(out, ComposeExporter::escapeDollars(item));
    out << YAML::EndSeq;
}

void emitHealthcheck(YAML::Emitter &out, const ContainerSpec::Healthcheck &h)
{
    out << YAML::Key << "healthcheck" << YAML::Value << YAML::BeginMap;
    emitList(out, "test", h.test);
    const auto d = [&out](const char *key, std::chrono::nanoseconds ns) {
        if (ns.count() > 0) {
            out << YAML::Key << key << YAML::Value;
            quoted(out, duration(ns));
        }
    };
    d("interval", h.interval);
    d("timeout", h.timeout);
    d("start_period", h.startPeriod);
    // start_interval is left out: Compose 1.29 rejects the key, and the engine falls back to interval.
    if (h.retries > 0)
        out << YAML::Key << "retries" << YAML::Value << h.retries;
    out << YAML::EndMap;
}

struct Secrets
{
    QMap<QString, QString> values;  // .env variable -> value, first seen wins
    QStringList order;
    QStringList extraKeys;  // the spec's secret extra variables: each keeps its own name in the .env
};

void emitEnvironment(YAML::Emitter &out, const QStringList &env, Secrets &secrets)
{
    if (env.isEmpty())
        return;
    out << YAML::Key << "environment" << YAML::Value << YAML::BeginMap;
    for (const QString &entry : env) {
        const EnvVar v = splitEnv(entry);
        out << YAML::Key << yaml::s(v.key) << YAML::Value;
        QString variable = ComposeExporter::secretVariableFor(v.key);
        if (variable.isEmpty() && secrets.extraKeys.contains(v.key))
            variable = v.key;
        if (variable.isEmpty()) {
            quoted(out, ComposeExporter::escapeDollars(v.value));
            continue;
        }
        quoted(out, QStringLiteral("${") + variable + QLatin1Char('}'));
        if (!secrets.values.contains(variable)) {
            secrets.values.insert(variable, v.value);
            secrets.order.append(variable);
        }
    }
    out << YAML::EndMap;
}

void emitVolumes(YAML::Emitter &out, const StackPlan &plan, const QList<ContainerSpec::Mount> &mounts)
{
    if (mounts.isEmpty())
        return;
    out << YAML::Key << "volumes" << YAML::Value << YAML::BeginSeq;
    for (const ContainerSpec::Mount &m : mounts) {
        out << YAML::BeginMap;
        QString source = m.source;
        const char *type = "bind";
        if (m.type == ContainerSpec::Mount::Type::Volume) {
            type = "volume";
            for (const StackPlan::Volume &v : plan.volumes) {
                if (v.name == m.source)
                    source = v.key;  // the key of the top-level entry, which names the real volume
            }
        } else if (m.type == ContainerSpec::Mount::Type::Tmpfs) {
            type = "tmpfs";
        }
        out << YAML::Key << "type" << YAML::Value << type;
        if (m.type != ContainerSpec::Mount::Type::Tmpfs) {
            out << YAML::Key << "source" << YAML::Value;
            quoted(out, ComposeExporter::escapeDollars(source));
        }
        out << YAML::Key << "target" << YAML::Value;
        quoted(out, ComposeExporter::escapeDollars(m.target));
        if (m.readOnly)
            out << YAML::Key << "read_only" << YAML::Value << true;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

// "database:service_healthy:false,cache:service_started:false", the label the plan gives Directus.
void emitDependsOn(YAML::Emitter &out, const ContainerSpec &spec)
{
    const QString label = spec.labels.value(QStringLiteral("com.docker.compose.depends_on"));
    if (label.isEmpty())
        return;
    out << YAML::Key << "depends_on" << YAML::Value << YAML::BeginMap;
    for (const QString &item : label.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        out << YAML::Key << yaml::s(parts.value(0)) << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "condition" << YAML::Value
            << yaml::s(parts.value(1, QStringLiteral("service_started")));
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void emitService(YAML::Emitter &out, const StackPlan &plan, const StackPlan::Container &c, Secrets &secrets)
{
    const ContainerSpec &spec = c.spec;
    out << YAML::Key << yaml::s(c.service) << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "image" << YAML::Value;
    quoted(out, spec.image);
    // The app's container name, so Compose 1.29 (which would say <project>_<service>_1) finds the same container.
    out << YAML::Key << "container_name" << YAML::Value;
    quoted(out, c.name);
    emitList(out, "entrypoint", spec.entrypoint);
    emitList(out, "command", spec.cmd);
    if (!spec.user.isEmpty()) {
        out << YAML::Key << "user" << YAML::Value;
        quoted(out, spec.user);
    }
    if (!spec.workingDir.isEmpty()) {
        out << YAML::Key << "working_dir" << YAML::Value;
        quoted(out, ComposeExporter::escapeDollars(spec.workingDir));
    }
    if (spec.init)
        out << YAML::Key << "init" << YAML::Value << true;
    if (spec.tty)
        out << YAML::Key << "tty" << YAML::Value << true;
    emitEnvironment(out, spec.env, secrets);
    if (!spec.ports.isEmpty()) {
        out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq;
        for (const ContainerSpec::PortBinding &p : spec.ports)
            quoted(out, portMapping(p));
        out << YAML::EndSeq;
    }
    emitVolumes(out, plan, spec.mounts);
    if (plan.network.key != QLatin1String("default")) {
        // A taken-over stack's network keeps its key: Compose refuses a network whose label differs.
        out << YAML::Key << "networks" << YAML::Value << YAML::BeginSeq << yaml::s(plan.network.key) << YAML::EndSeq;
    }
    if (spec.healthcheck)
        emitHealthcheck(out, *spec.healthcheck);
    emitDependsOn(out, spec);
    if (!spec.restartPolicy.isEmpty()) {
        out << YAML::Key << "restart" << YAML::Value;
        quoted(out, spec.restartPolicy);
    }
    emitOwnLabels(out, spec.labels);
    out << YAML::EndMap;
}

// A .env line both Compose 1.29 (python-dotenv) and 2.x read back unchanged where possible:
// bare when harmless, else single quotes (no escapes, no interpolation in either), else double quotes.
} // namespace

QString ComposeExporter::envLine(const QString &name, const QString &value, QStringList *notes)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_./:@+=,%-]*$"));
    if (bare.match(value).hasMatch())
        return name + QLatin1Char('=') + value;
    const bool needsEscapes = value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\\'));
    if (!needsEscapes)
        return name + QStringLiteral("='") + value + QLatin1Char('\'');
    if (value.contains(QLatin1Char('$'))) {
        notes->append(Tr::tr("The value of %1 contains both a “$” and a quote, backslash or line break, which a "
                             ".env file cannot hold unchanged; check it after the export.")
                          .arg(name));
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return name + QStringLiteral("=\"") + escaped + QLatin1Char('"');
}

namespace {

StoreResult writeAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions mode)
{
    const auto failed = [&path](const QString &reason) {
        return StoreResult::failure(
            Tr::tr("Directus Desktop could not write %1: %2.").arg(QDir::toNativeSeparators(path), reason));
    };
    // A .env with secrets gets its mode before its first byte (see AtomicFile).
    const AtomicFile::Result written = AtomicFile::write(path, bytes, mode);
    if (!written.ok())
        return failed(written.reason);
    return StoreResult::success();
}

} // namespace

QString ComposeExporter::escapeDollars(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('$'), QStringLiteral("$$"));
    return out;
}

QString ComposeExporter::secretVariableFor(const QString &envKey)
{
    static const QMap<QString, QString> table{
        {QStringLiteral("KEY"), QStringLiteral("DIRECTUS_KEY")},
        {QStringLiteral("SECRET"), QStringLiteral("DIRECTUS_SECRET")},
        {QStringLiteral("ADMIN_PASSWORD"), QStringLiteral("DIRECTUS_ADMIN_PASSWORD")},
        {QStringLiteral("DB_PASSWORD"), QStringLiteral("DB_PASSWORD")},
        {QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("DB_PASSWORD")},
        {QStringLiteral("MYSQL_PASSWORD"), QStringLiteral("DB_PASSWORD")},
        {QStringLiteral("MARIADB_PASSWORD"), QStringLiteral("DB_PASSWORD")},
        {QStringLiteral("MSSQL_SA_PASSWORD"), QStringLiteral("DB_PASSWORD")},
        {QStringLiteral("MYSQL_ROOT_PASSWORD"), QStringLiteral("DB_ROOT_PASSWORD")},
        {QStringLiteral("MARIADB_ROOT_PASSWORD"), QStringLiteral("DB_ROOT_PASSWORD")},
    };
    return table.value(envKey);
}

ComposeExport ComposeExporter::make(const InstanceSpec &spec, const StackPlan &plan, const ExportOptions &options)
{
    ComposeExport result;
    Secrets secrets;
    for (const EnvVar &v : spec.extraEnv) {
        if (v.secret)
            secrets.extraKeys.append(v.key);
    }
    YAML::Emitter out;
    out << YAML::Comment(yaml::s(QStringLiteral("Directus Desktop instance “%1”. Run with: docker compose -p %2 up -d")
                                     .arg(spec.name, plan.project)));
    out << YAML::BeginMap;
    // No top-level name: Compose 1.29 rejects it; the project comes from -p.
    out << YAML::Key << "services" << YAML::Value << YAML::BeginMap;
    for (const StackPlan::Container &c : plan.containers) {
        emitService(out, plan, c, secrets);
        if (!c.execWhenReady.isEmpty()) {
            result.notes.append(Tr::tr("Compose cannot run the one-time setup command of the %1 service; start the "
                                       "instance once from Directus Desktop, or run it yourself: %2")
                                    .arg(c.service, c.execWhenReady.join(QLatin1Char(' '))));
        }
    }
    out << YAML::EndMap;

    if (!plan.volumes.isEmpty()) {
        out << YAML::Key << "volumes" << YAML::Value << YAML::BeginMap;
        for (const StackPlan::Volume &v : plan.volumes) {
            out << YAML::Key << yaml::s(v.key) << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "name" << YAML::Value;
            quoted(out, ComposeExporter::escapeDollars(v.name));
            emitOwnLabels(out, v.labels);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::Key << "networks" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << yaml::s(plan.network.key) << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value;
    quoted(out, ComposeExporter::escapeDollars(plan.network.name));
    emitOwnLabels(out, plan.network.labels);
    out << YAML::EndMap << YAML::EndMap;
    out << YAML::EndMap;

    result.composeYaml = QByteArray(out.c_str(), qsizetype(out.size()));
    result.composeYaml.append('\n');

    if (options.includeSecrets) {
        QString env = Tr::tr("# Secrets of the Directus Desktop instance “%1”. Keep this file private.").arg(spec.name)
            + QLatin1Char('\n');
        for (const QString &name : std::as_const(secrets.order))
            env += envLine(name, secrets.values.value(name), &result.notes) + QLatin1Char('\n');
        result.envFile = env.toUtf8();
    }
    return result;
}

StoreResult ComposeExporter::writeFiles(const QString &dir, const InstanceSpec &spec, const StackPlan &plan,
                                        const ExportOptions &options)
{
    if (!QDir().mkpath(dir)) {
        return StoreResult::failure(
            Tr::tr("Directus Desktop could not create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    }
    const ComposeExport exported = make(spec, plan, options);
    const StoreResult compose = writeAtomically(dir + QStringLiteral("/docker-compose.yml"), exported.composeYaml,
                                                QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!compose.ok || !options.includeSecrets)
        return compose;
    return writeAtomically(dir + QStringLiteral("/.env"), exported.envFile,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace dd::instance
