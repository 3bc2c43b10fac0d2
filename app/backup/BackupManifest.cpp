// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupManifest.h"

#include "backup/BackupText.h"

#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace dd::backup {

namespace {


QString str(const char *s)
{
    return QString::fromLatin1(s);
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

std::optional<QByteArray> readFile(const QString &folder, QString *error)
{
    QFile file(folder + QLatin1Char('/') + QLatin1String(BackupManifest::fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, BackupText::tr("%1 is not a backup: it has no readable manifest.json.").arg(QDir::toNativeSeparators(folder)));
        return std::nullopt;
    }
    return file.read(1 << 20);
}

std::optional<QJsonObject> parseJson(const QByteArray &bytes, const QString &folder, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        fail(error, BackupText::tr("The manifest.json of %1 is damaged (%2).").arg(QDir::toNativeSeparators(folder), parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(str("format")).toInt() != BackupManifest::formatVersion) {
        fail(error, BackupText::tr("%1 was written in a backup format this version does not read.").arg(QDir::toNativeSeparators(folder)));
        return std::nullopt;
    }
    return root;
}

} // namespace

QString BackupManifest::folderName(const BackupInfo &info)
{
    // Names can hold only what a compose project name may hold, tags only [A-Za-z0-9_.-]:
    // the folder name is safe on every file system.
    return QStringLiteral("%1_%2_%3_%4")
        .arg(info.instanceName, info.imageTag, instance::databaseKindId(info.databaseKind),
             info.createdAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool BackupManifest::write(const BackupInfo &info, const QList<File> &files, QString *error)
{
    QJsonArray fileList;
    for (const File &f : files)
        fileList.append(QJsonObject{{str("name"), f.name}, {str("size"), double(f.size)}});
    const QJsonObject root{
        {str("format"), formatVersion},
        {str("instance"), QJsonObject{{str("id"), info.instanceId}, {str("name"), info.instanceName}}},
        {str("imageTag"), info.imageTag},
        {str("databaseKind"), instance::databaseKindId(info.databaseKind)},
        {str("createdAt"), info.createdAt.toUTC().toString(Qt::ISODate)},
        {str("reason"), info.reason},
        {str("files"), fileList},
    };
    const QString path = info.folder + QLatin1Char('/') + QLatin1String(fileName);
    const auto written = AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented),
                                           QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ReadOther);
    if (!written.ok())
        return fail(error, BackupText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), written.reason));
    return true;
}

std::optional<qint64> BackupManifest::sizeFromJson(const QJsonValue &value)
{
    // JSON numbers arrive as doubles; converting one outside qint64's range (1e300, NaN is not
    // JSON but -1e300 is) to an integer is undefined, so the range is checked on the double.
    constexpr double largest = 9007199254740992.0;  // 2^53
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= largest) || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

std::optional<QList<BackupManifest::File>> BackupManifest::files(const QString &folder, QString *error)
{
    const auto bytes = readFile(folder, error);
    if (!bytes)
        return std::nullopt;
    return parseFiles(*bytes, folder, error);
}

std::optional<QList<BackupManifest::File>> BackupManifest::parseFiles(const QByteArray &json, const QString &folder,
                                                                     QString *error)
{
    const auto root = parseJson(json, folder, error);
    if (!root)
        return std::nullopt;
    QList<File> out;
    for (const QJsonValue &v : root->value(str("files")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(str("name")).toString();
        // A manifest names files in its own folder only; anything else is not ours to open.
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.'))) {
            fail(error, BackupText::tr("The manifest.json of %1 names a file outside the backup.").arg(QDir::toNativeSeparators(folder)));
            return std::nullopt;
        }
        const auto size = sizeFromJson(o.value(str("size")));
        if (!size) {
            fail(error, BackupText::tr("The manifest.json of %1 gives %2 no size in bytes.").arg(QDir::toNativeSeparators(folder), name));
            return std::nullopt;
        }
        out.append({name, *size});
    }
    return out;
}

std::optional<BackupInfo> BackupInfo::read(const QString &folder, QString *error)
{
    const auto bytes = readFile(folder, error);
    if (!bytes)
        return std::nullopt;
    return BackupManifest::parseInfo(*bytes, folder, error);
}

std::optional<BackupInfo> BackupManifest::parseInfo(const QByteArray &json, const QString &folder, QString *error)
{
    const auto root = parseJson(json, folder, error);
    if (!root)
        return std::nullopt;
    BackupInfo info;
    info.folder = QDir(folder).absolutePath();
    const QJsonObject inst = root->value(str("instance")).toObject();
    info.instanceId = inst.value(str("id")).toString();
    info.instanceName = inst.value(str("name")).toString();
    info.imageTag = root->value(str("imageTag")).toString();
    const auto kind = instance::databaseKindFromId(root->value(str("databaseKind")).toString());
    info.createdAt = QDateTime::fromString(root->value(str("createdAt")).toString(), Qt::ISODate).toUTC();
    info.reason = root->value(str("reason")).toString();
    if (!kind || info.imageTag.isEmpty() || !info.createdAt.isValid()) {
        fail(error, BackupText::tr("The manifest.json of %1 lacks the version, database kind or date.").arg(QDir::toNativeSeparators(folder)));
        return std::nullopt;
    }
    info.databaseKind = *kind;
    // The total is what the listed files add up to: a size that is not a byte count counts as
    // nothing here (files() refuses it), and the sum stops at the largest qint64.
    for (const QJsonValue &v : root->value(str("files")).toArray()) {
        const qint64 size = sizeFromJson(v.toObject().value(str("size"))).value_or(0);
        info.sizeBytes = size > std::numeric_limits<qint64>::max() - info.sizeBytes ? std::numeric_limits<qint64>::max()
                                                                                    : info.sizeBytes + size;
    }
    return info;
}

} // namespace dd::backup
