// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace dd::instance {

// One container environment entry. Kept as key and value (not "K=V") so rules can find keys without
// parsing and values may contain '='.
struct EnvVar
{
    EnvVar() = default;
    EnvVar(QString key_, QString value_, bool secret_ = false)
        : key(std::move(key_))
        , value(std::move(value_))
        , secret(secret_)
    {
    }

    QString key;
    QString value;
    // A password or token of a taken-over stack: its value lives in the secret store (entry
    // "extra-env"), `value` stays empty here, and the plan gets it from ResolvedSecrets.
    bool secret = false;

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
