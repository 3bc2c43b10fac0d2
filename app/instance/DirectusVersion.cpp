// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/DirectusVersion.h"

#include <QRegularExpression>

#include <climits>
#include <tuple>

namespace dd::instance {

QString recommendedTag(ProductLine line)
{
    switch (line) {
    case ProductLine::Directus: return QStringLiteral("12.4.0");
    case ProductLine::Directus9Fork: return QStringLiteral("latest");
    }
    return QStringLiteral("latest");
}

QString imageRepository(ProductLine line)
{
    switch (line) {
    case ProductLine::Directus: return QStringLiteral("directus/directus");
    case ProductLine::Directus9Fork: return QStringLiteral("lawebcapsule/directus9");
    }
    return {};
}

namespace {

// Six digits at most: no real tag comes near, and it keeps toInt() far from overflow.
const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(0|[1-9][0-9]{0,5})(?:\\.(0|[1-9][0-9]{0,5})(?:\\.(0|[1-9][0-9]{0,5})"
        "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?)?)?$"));
    return re;
}

bool isNumeric(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (QChar c : id) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// Semver 2.0.0 §11: dot-separated identifiers, numeric ones compared as numbers and below
// alphanumeric ones, a shorter list below a longer one that it prefixes.
std::strong_ordering comparePreRelease(const QString &a, const QString &b)
{
    if (a == b)
        return std::strong_ordering::equal;
    if (a.isEmpty())
        return std::strong_ordering::greater;  // a release sorts above its pre-releases
    if (b.isEmpty())
        return std::strong_ordering::less;
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMin(pa.size(), pb.size()); ++i) {
        const bool na = isNumeric(pa[i]);
        const bool nb = isNumeric(pb[i]);
        if (na && nb) {
            // Compare as numbers without converting: longer digit strings are bigger.
            if (pa[i].size() != pb[i].size())
                return pa[i].size() <=> pb[i].size();
            const int c = QString::compare(pa[i], pb[i]);
            if (c != 0)
                return c <=> 0;
        } else if (na != nb) {
            return na ? std::strong_ordering::less : std::strong_ordering::greater;
        } else {
            const int c = QString::compare(pa[i], pb[i], Qt::CaseSensitive);
            if (c != 0)
                return c <=> 0;
        }
    }
    return pa.size() <=> pb.size();
}

} // namespace

std::optional<DirectusVersion> DirectusVersion::parse(QStringView tag)
{
    if (tag == QLatin1String("latest"))
        return latest();
    const QRegularExpressionMatch m = tagPattern().match(tag.toString());
    if (!m.hasMatch())
        return std::nullopt;
    DirectusVersion v;
    v.m_major = m.capturedView(1).toInt();
    v.m_precision = Precision::Major;
    if (m.hasCaptured(2)) {
        v.m_minor = m.capturedView(2).toInt();
        v.m_precision = Precision::Minor;
    }
    if (m.hasCaptured(3)) {
        v.m_patch = m.capturedView(3).toInt();
        v.m_precision = Precision::Patch;
    }
    if (m.hasCaptured(4))
        v.m_preRelease = m.captured(4);
    return v;
}

DirectusVersion DirectusVersion::exact(int major, int minor, int patch, const QString &preRelease)
{
    DirectusVersion v;
    v.m_precision = Precision::Patch;
    v.m_major = major;
    v.m_minor = minor;
    v.m_patch = patch;
    v.m_preRelease = preRelease;
    return v;
}

DirectusVersion DirectusVersion::latest()
{
    return DirectusVersion();
}

QString DirectusVersion::toString() const
{
    switch (m_precision) {
    case Precision::Latest: return QStringLiteral("latest");
    case Precision::Major: return QString::number(m_major);
    case Precision::Minor: return QString::number(m_major) + QLatin1Char('.') + QString::number(m_minor);
    case Precision::Patch: break;
    }
    QString s = QString::number(m_major) + QLatin1Char('.') + QString::number(m_minor) + QLatin1Char('.')
        + QString::number(m_patch);
    if (!m_preRelease.isEmpty())
        s += QLatin1Char('-') + m_preRelease;
    return s;
}

std::strong_ordering operator<=>(const DirectusVersion &a, const DirectusVersion &b)
{
    // Open components become INT_MAX: the newest version the floating tag can mean.
    auto key = [](const DirectusVersion &v) {
        using P = DirectusVersion::Precision;
        const int major = v.m_precision == P::Latest ? INT_MAX : v.m_major;
        const int minor = (v.m_precision == P::Latest || v.m_precision == P::Major) ? INT_MAX : v.m_minor;
        const int patch = v.m_precision == P::Patch ? v.m_patch : INT_MAX;
        return std::make_tuple(major, minor, patch);
    };
    if (const auto c = key(a) <=> key(b); c != 0)
        return c;
    return comparePreRelease(a.m_preRelease, b.m_preRelease);
}

} // namespace dd::instance
