// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <yaml-cpp/yaml.h>

#include <string>

namespace dd::instance::yaml {

// yaml-cpp speaks std::string in UTF-8; these keep the conversions in one place.
inline std::string s(const QString &text)
{
    return text.toStdString();
}

inline QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// The scalar's text, or "" for a missing, null or non-scalar node. as<std::string>() keeps the raw
// text, so `no` stays "no" and `0123` stays "0123".
inline QString text(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return q(node.Scalar());
}

// Every string double-quoted: yaml-cpp writes `no`, `true` and `0123` plain otherwise, and a reader
// (Compose included) would take them for a bool or a number.
inline void quoted(YAML::Emitter &out, const QString &value)
{
    out << YAML::DoubleQuoted << s(value);
}

} // namespace dd::instance::yaml
