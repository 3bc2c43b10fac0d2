// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryParsers.h"

#include "registry/RegistryTr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dd::registry {

namespace {

// No legitimate tag list comes near this; it bounds the work a hostile answer can cause.
constexpr qsizetype kMaxBody = 16 * 1024 * 1024;
constexpr qsizetype kMaxHeader = 16 * 1024;

std::optional<QJsonObject> jsonObject(QByteArrayView body, QString *why)
{
    if (body.size() > kMaxBody) {
        if (why)
            *why = Tr::tr("the answer is too large");
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        if (why)
            *why = Tr::tr("invalid JSON: %1").arg(error.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (why)
            *why = Tr::tr("the JSON is not an object");
        return std::nullopt;
    }
    return doc.object();
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' || c == '*'
        || c == '+' || c == '^' || c == '`' || c == '|' || c == '~';
}

// Reads `key=value` or `key="quoted \" value"` auth-params separated by commas (RFC 9110 §11.2).
// Returns false on a malformed list.
bool readAuthParams(QByteArrayView s, QList<std::pair<QByteArray, QByteArray>> &out)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto skipSpace = [&] {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            ++i;
    };
    while (true) {
        skipSpace();
        while (i < n && s[i] == ',') {
            ++i;
            skipSpace();
        }
        if (i >= n)
            return true;
        const qsizetype keyStart = i;
        while (i < n && isTokenChar(s[i]))
            ++i;
        if (i == keyStart)
            return false;
        const QByteArray key = s.sliced(keyStart, i - keyStart).toByteArray().toLower();
        skipSpace();
        if (i >= n || s[i] != '=')
            return false;
        ++i;
        skipSpace();
        QByteArray value;
        if (i < n && s[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = s[i++];
                if (c == '\\' && i < n) {
                    value.append(s[i++]);
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed)
                return false;
        } else {
            const qsizetype valueStart = i;
            while (i < n && isTokenChar(s[i]))
                ++i;
            value = s.sliced(valueStart, i - valueStart).toByteArray();
        }
        out.append({key, value});
        skipSpace();
        if (i < n && s[i] != ',')
            return false;
    }
}

QStringList tagsFrom(const QJsonArray &array, int &dropped)
{
    QStringList tags;
    tags.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QString tag = v.toString();
        if (v.isString() && RegistryParsers::isValidTagName(tag))
            tags.append(tag);
        else
            ++dropped;
    }
    return tags;
}

} // namespace

bool RegistryParsers::isValidTagName(QStringView tag)
{
    if (tag.isEmpty() || tag.size() > 128)
        return false;
    for (qsizetype i = 0; i < tag.size(); ++i) {
        const char16_t c = tag[i].unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (alnum)
            continue;
        if (i > 0 && (c == u'.' || c == u'-'))
            continue;
        return false;
    }
    return true;
}

std::optional<RegistryParsers::TagListPage> RegistryParsers::parseTagList(QByteArrayView body, QString *why)
{
    const auto object = jsonObject(body, why);
    if (!object)
        return std::nullopt;
    const QJsonValue tags = object->value(QLatin1String("tags"));
    if (!tags.isArray() && !tags.isNull()) {
        if (why)
            *why = tags.isUndefined() ? Tr::tr("no \"tags\" field") : Tr::tr("\"tags\" is not a list");
        return std::nullopt;
    }
    TagListPage page;
    page.name = object->value(QLatin1String("name")).toString();
    page.tags = tagsFrom(tags.toArray(), page.dropped);
    return page;
}

std::optional<RegistryParsers::HubPage> RegistryParsers::parseHubPage(QByteArrayView body, const QUrl &requestUrl,
                                                                      QString *why)
{
    const auto object = jsonObject(body, why);
    if (!object)
        return std::nullopt;
    const QJsonValue results = object->value(QLatin1String("results"));
    if (!results.isArray()) {
        if (why)
            *why = Tr::tr("no \"results\" list");
        return std::nullopt;
    }
    HubPage page;
    for (const QJsonValue &entry : results.toArray()) {
        const QJsonValue name = entry.toObject().value(QLatin1String("name"));
        if (name.isString() && isValidTagName(name.toString()))
            page.tags.append(name.toString());
        else
            ++page.dropped;
    }
    const QJsonValue next = object->value(QLatin1String("next"));
    if (next.isString() && !next.toString().isEmpty()) {
        const QUrl url = requestUrl.resolved(QUrl(next.toString(), QUrl::StrictMode));
        if (isHttpUrl(url))
            page.next = url;
    }
    return page;
}

QUrl RegistryParsers::parseNextLink(QByteArrayView linkHeader, const QUrl &requestUrl)
{
    if (linkHeader.size() > kMaxHeader)
        return {};
    qsizetype i = 0;
    const qsizetype n = linkHeader.size();
    while (i < n) {
        // One link-value: <uri-reference> *( ";" link-param ), then "," and the next one.
        while (i < n && (linkHeader[i] == ' ' || linkHeader[i] == '\t' || linkHeader[i] == ','))
            ++i;
        if (i >= n || linkHeader[i] != '<')
            return {};
        const qsizetype close = linkHeader.sliced(i).indexOf('>');
        if (close < 0)
            return {};
        const QByteArrayView target = linkHeader.sliced(i + 1, close - 1);
        i += close + 1;
        // Params run to the next comma that is not inside quotes.
        const qsizetype paramsStart = i;
        bool quoted = false;
        while (i < n && (quoted || linkHeader[i] != ',')) {
            if (linkHeader[i] == '"')
                quoted = !quoted;
            else if (linkHeader[i] == '\\' && quoted && i + 1 < n)
                ++i;
            ++i;
        }
        const QByteArrayView params = linkHeader.sliced(paramsStart, i - paramsStart);
        bool isNext = false;
        for (const QByteArray &param : params.toByteArray().split(';')) {
            const qsizetype eq = param.indexOf('=');
            if (eq < 0 || param.left(eq).trimmed().toLower() != "rel")
                continue;
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            // rel may list several relation types separated by spaces.
            for (const QByteArray &rel : value.simplified().split(' ')) {
                if (rel.toLower() == "next")
                    isNext = true;
            }
        }
        if (isNext) {
            const QUrl ref(QString::fromUtf8(target.toByteArray()).trimmed(), QUrl::StrictMode);
            if (!ref.isValid())
                return {};
            const QUrl url = requestUrl.resolved(ref);
            return isHttpUrl(url) ? url : QUrl();
        }
    }
    return {};
}

std::optional<RegistryParsers::BearerChallenge> RegistryParsers::parseBearerChallenge(QByteArrayView header)
{
    if (header.size() > kMaxHeader)
        return std::nullopt;
    QByteArrayView s = header.trimmed();
    constexpr QByteArrayView scheme("bearer");
    if (s.size() <= scheme.size() || s.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0
        || (s[scheme.size()] != ' ' && s[scheme.size()] != '\t'))
        return std::nullopt;
    QList<std::pair<QByteArray, QByteArray>> params;
    if (!readAuthParams(s.sliced(scheme.size()), params))
        return std::nullopt;
    BearerChallenge challenge;
    for (const auto &[key, value] : params) {
        if (key == "realm")
            challenge.realm = QUrl(QString::fromUtf8(value), QUrl::StrictMode);
        else if (key == "service")
            challenge.service = QString::fromUtf8(value);
        else if (key == "scope")
            challenge.scope = QString::fromUtf8(value);
    }
    if (!isHttpUrl(challenge.realm))
        return std::nullopt;
    return challenge;
}

QByteArray RegistryParsers::parseToken(QByteArrayView body)
{
    const auto object = jsonObject(body, nullptr);
    if (!object)
        return {};
    for (const char *key : {"token", "access_token"}) {
        const QString token = object->value(QLatin1String(key)).toString();
        if (token.isEmpty() || token.size() > 64 * 1024)
            continue;
        // It goes into a request header: only visible ASCII, so no header can be injected.
        bool usable = true;
        for (QChar c : token) {
            if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
                usable = false;
                break;
            }
        }
        if (usable)
            return token.toLatin1();
    }
    return {};
}

} // namespace dd::registry
