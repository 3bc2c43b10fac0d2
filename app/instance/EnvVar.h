// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dd::instance {

// One container environment entry. Kept as a pair (not "K=V") so rules can find keys without
// parsing and values may contain '='.
struct EnvVar
{
    QString key;
    QString value;

    QString toString() const { return key + QLatin1Char('=') + value; }
    friend bool operator==(const EnvVar &, const EnvVar &) = default;
};

inline QStringList toEnvStrings(const QList<EnvVar> &vars)
{
    QStringList out;
    out.reserve(vars.size());
    for (const EnvVar &v : vars)
        out.append(v.toString());
    return out;
}

} // namespace dd::instance
