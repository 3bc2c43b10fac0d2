// SPDX-License-Identifier: GPL-3.0-or-later
// Compose import: a docker-compose.yml and the .env beside it, from a folder the user picks.
// The input is "<.env bytes>\0<compose bytes>" (no NUL: compose bytes only). Checks: a refusal
// says why; an import has a compose-style project name, a valid id, notes that are sentences,
// and the ${VAR} interpolation of every .env value terminates and is stable.
#include "instance/ComposeImporter.h"

#include <QRegularExpression>

#include <cstdint>

using namespace dd::instance;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    const QByteArray envText = nul < 0 ? QByteArray() : input.left(nul);
    const QByteArray yamlText = nul < 0 ? input : input.mid(nul + 1);

    const QMap<QString, QString> env = ComposeImporter::parseEnv(envText);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        check(!it.key().isEmpty() && !it.key().contains(QLatin1Char('=')));
        QStringList unset;
        (void)ComposeImporter::interpolate(it.value(), env, &unset);
        for (const QString &name : unset)
            check(!env.contains(name));
    }

    static const QRegularExpression projectName(QStringLiteral("^[a-z0-9_-]*$"));
    const QString fromFolder = ComposeImporter::projectNameFrom(QString::fromUtf8(envText));
    check(projectName.match(fromFolder).hasMatch());

    QString error;
    const auto imported = ComposeImporter::importText(yamlText, QStringLiteral("/srv/blog"), QString(), env, &error);
    if (!imported) {
        check(!error.isEmpty());
        return 0;
    }
    check(!imported->spec.id.isEmpty());
    check(projectName.match(imported->spec.name).hasMatch());
    for (const QString &note : imported->notes)
        check(!note.isEmpty());
    return 0;
}
