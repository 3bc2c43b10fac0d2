// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ComposeSecretsRewriter.h"

#include "core/AtomicFile.h"
#include "instance/ComposeExporter.h"
#include "instance/ComposeImporter.h"
#include "instance/EnvRules.h"
#include "instance/InstanceTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace dd::instance {

namespace {

qsizetype indentOf(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

// The scalar as YAML reads it, when it is a plain or quoted one-line value; nullopt otherwise
// (block scalars, flow maps, values followed by more than a comment).
std::optional<QString> scalarValue(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')) && text.size() >= 2)
        return text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')) && text.size() >= 2) {
        const QString inner = text.mid(1, text.size() - 2);
        if (inner.contains(QLatin1Char('\\')))
            return std::nullopt;  // escapes: leave the line as it is
        return inner;
    }
    if (text.isEmpty() || text.startsWith(QLatin1Char('|')) || text.startsWith(QLatin1Char('>'))
        || text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('[')) || text.contains(QStringLiteral(" #")))
        return std::nullopt;
    return text;
}

} // namespace

ComposeSecretsRewrite ComposeSecretsRewriter::rewrite(const QByteArray &composeYaml)
{
    static const QRegularExpression service(QStringLiteral(R"(^\s+([A-Za-z0-9._-]+):\s*$)"));
    static const QRegularExpression mapEntry(QStringLiteral(R"(^(\s+)([A-Za-z_][A-Za-z0-9_]*)(\s*:\s+)(.*)$)"));
    static const QRegularExpression listEntry(QStringLiteral(R"(^(\s+-\s+)(["']?)([A-Za-z_][A-Za-z0-9_]*)=(.*?)(\2)\s*$)"));
    ComposeSecretsRewrite result;
    QMap<QString, QString> taken;  // VAR -> value, so one name never carries two values
    QStringList lines = QString::fromUtf8(composeYaml).split(QLatin1Char('\n'));
    QString currentService;
    // A service is a key one level under the top-level `services:`, at whatever indent the file uses.
    bool inServices = false;
    qsizetype serviceIndent = -1;
    qsizetype environmentIndent = -1;  // indent of the `environment:` line we are under, -1 if none
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype indent = indentOf(line);
        if (indent == 0) {
            inServices = trimmed == QLatin1String("services:");
            serviceIndent = -1;
            environmentIndent = -1;
            continue;
        }
        if (inServices && serviceIndent < 0)
            serviceIndent = indent;
        if (inServices && indent == serviceIndent) {
            if (const QRegularExpressionMatch m = service.match(line); m.hasMatch())
                currentService = m.captured(1);
        }
        if (environmentIndent >= 0 && indent <= environmentIndent)
            environmentIndent = -1;
        if (trimmed == QLatin1String("environment:")) {
            environmentIndent = indent;
            continue;
        }
        if (environmentIndent < 0)
            continue;

        QString key;
        QString rawValue;
        std::optional<QString> value;
        bool listForm = false;
        if (const QRegularExpressionMatch m = listEntry.match(line); m.hasMatch()) {
            key = m.captured(3);
            rawValue = m.captured(4);
            value = rawValue;
            listForm = true;
        } else if (const QRegularExpressionMatch m = mapEntry.match(line); m.hasMatch()) {
            key = m.captured(2);
            rawValue = m.captured(4);
            value = scalarValue(rawValue);
        }
        if (key.isEmpty() || !EnvRules::isSecretName(key))
            continue;
        if (!value || value->contains(QLatin1Char('$'))) {
            if (!value)
                result.notes.append(Tr::tr("The value of %1 in the service “%2” is not a one-line value, so it stays in "
                                           "the file.").arg(key, currentService));
            continue;  // a reference already, or nothing we can move unchanged
        }
        QString variable = key;
        if (taken.contains(variable) && taken.value(variable) != *value)
            variable = currentService.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'))
                + QLatin1Char('_') + key;
        if (!taken.contains(variable)) {
            taken.insert(variable, *value);
            result.variables.append({variable, *value});
        }
        const QString reference = QStringLiteral("${") + variable + QLatin1Char('}');
        if (listForm)
            line = line.left(line.indexOf(key)) + key + QLatin1Char('=') + reference;
        else
            line = line.left(indentOf(line)) + key + QStringLiteral(": \"") + reference + QLatin1Char('"');
    }
    result.composeYaml = lines.join(QLatin1Char('\n')).toUtf8();
    return result;
}

QString ComposeSecretsRewriter::apply(const QString &composePath)
{
    const QFileInfo info(composePath);
    QFile file(composePath);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("The compose file %1 cannot be read: %2.").arg(QDir::toNativeSeparators(composePath), file.errorString());
    const QByteArray original = file.readAll();
    file.close();
    const ComposeSecretsRewrite rewritten = rewrite(original);
    if (!rewritten.changed())
        return {};

    const QString envPath = info.absolutePath() + QStringLiteral("/.env");
    QByteArray env;
    QFile envFile(envPath);
    if (envFile.exists()) {
        if (!envFile.open(QIODevice::ReadOnly))
            return Tr::tr("The file %1 cannot be read: %2.").arg(QDir::toNativeSeparators(envPath), envFile.errorString());
        env = envFile.readAll();
        envFile.close();
    }
    const QMap<QString, QString> existing = ComposeImporter::parseEnv(env);
    QByteArray merged = env;
    if (!merged.isEmpty() && !merged.endsWith('\n'))
        merged.append('\n');
    merged.append(Tr::tr("# Moved here from %1 by Directus Desktop. Keep this file private.").arg(info.fileName()).toUtf8() + '\n');
    QStringList notes;
    for (const auto &[name, value] : rewritten.variables) {
        if (existing.contains(name) && existing.value(name) != value)
            return Tr::tr("%1 already sets %2 to another value; nothing was changed.").arg(QDir::toNativeSeparators(envPath), name);
        if (!existing.contains(name))
            merged.append(ComposeExporter::envLine(name, value, &notes).toUtf8() + '\n');
    }

    // The copies first: the originals are never lost, whatever happens next.
    const QFileDevice::Permissions privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QString suffix = QStringLiteral(".before-directus-desktop");
    AtomicFile::Result r = AtomicFile::write(composePath + suffix, original, privateMode);  // it holds the secrets
    if (r.ok() && !env.isEmpty())
        r = AtomicFile::write(envPath + suffix, env, privateMode);
    if (r.ok())
        r = AtomicFile::write(envPath, merged, privateMode);
    if (r.ok())
        r = AtomicFile::write(composePath, rewritten.composeYaml, file.permissions());
    if (!r.ok())
        return Tr::tr("The compose file could not be rewritten: %1.").arg(r.reason);
    return {};
}

} // namespace dd::instance
