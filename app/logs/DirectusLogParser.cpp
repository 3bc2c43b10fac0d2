// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/DirectusLogParser.h"

#include "logs/AnsiEscapes.h"

#include <QDate>

#include <limits>
#include <string>

namespace dd::logs {

namespace {

using docker::StreamKind;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isSpace(text[from]))
        ++from;
    while (to > from && isSpace(text[to - 1]))
        --to;
    return text.sliced(from, to - from);
}

// ---- a small JSON scanner: enough to walk one object's top-level members -----------------

enum class JsonKind { String, Number, Literal, Object, Array };

struct JsonMember
{
    QByteArrayView key;   // raw, escapes intact
    JsonKind kind = JsonKind::Literal;
    QByteArrayView value; // strings without quotes (escapes intact); others as written
};

class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text) : m_text(text) {}

    // Walks `{ "key": value, ... }` and calls onMember for each member. False when the text is
    // not one well-formed object (then nothing of it should be trusted).
    template<typename F>
    bool members(F &&onMember)
    {
        skipSpace();
        if (!eat('{'))
            return false;
        skipSpace();
        if (eat('}'))
            return atEnd();
        for (;;) {
            JsonMember member;
            if (!string(&member.key))
                return false;
            skipSpace();
            if (!eat(':'))
                return false;
            skipSpace();
            if (!value(&member))
                return false;
            onMember(member);
            skipSpace();
            if (eat(','))
            {
                skipSpace();
                continue;
            }
            if (eat('}'))
                return atEnd();
            return false;
        }
    }

private:
    bool atEnd()
    {
        skipSpace();
        return m_at == m_text.size();
    }
    void skipSpace()
    {
        while (m_at < m_text.size() && isSpace(m_text[m_at]))
            ++m_at;
    }
    bool eat(char c)
    {
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool string(QByteArrayView *out)
    {
        if (!eat('"'))
            return false;
        const qsizetype from = m_at;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '"') {
                *out = m_text.sliced(from, m_at - from);
                ++m_at;
                return true;
            }
            if (c == '\\') {
                if (m_at + 1 >= m_text.size())
                    return false;
                if (m_text[m_at + 1] == 'u') {
                    if (m_at + 6 > m_text.size())
                        return false;
                    for (qsizetype i = 2; i < 6; ++i) {
                        if (hexValue(m_text[m_at + i]) < 0)
                            return false;
                    }
                    m_at += 6;
                    continue;
                }
                m_at += 2;
                continue;
            }
            if (uchar(c) < 0x20)
                return false;
            ++m_at;
        }
        return false;
    }
    bool value(JsonMember *member)
    {
        if (m_at >= m_text.size())
            return false;
        const char c = m_text[m_at];
        const qsizetype from = m_at;
        if (c == '"') {
            member->kind = JsonKind::String;
            return string(&member->value);
        }
        if (c == '{' || c == '[') {
            member->kind = c == '{' ? JsonKind::Object : JsonKind::Array;
            if (!skipNested())
                return false;
            member->value = m_text.sliced(from, m_at - from);
            return true;
        }
        if (c == '-' || isDigit(c)) {
            member->kind = JsonKind::Number;
            ++m_at;
            while (m_at < m_text.size()) {
                const char d = m_text[m_at];
                if (!(isDigit(d) || d == '.' || d == 'e' || d == 'E' || d == '+' || d == '-'))
                    break;
                ++m_at;
            }
            member->value = m_text.sliced(from, m_at - from);
            return true;
        }
        for (const char *literal : {"true", "false", "null"}) {
            const QByteArrayView word(literal);
            if (m_text.sliced(m_at).startsWith(word)) {
                m_at += word.size();
                member->kind = JsonKind::Literal;
                member->value = word;
                return true;
            }
        }
        return false;
    }
    // Skips a nested object or array by counting brackets outside strings: iterative, so a
    // deeply nested line cannot exhaust the stack.
    bool skipNested()
    {
        qsizetype depth = 0;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '"') {
                QByteArrayView ignored;
                if (!string(&ignored))
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return true;
            }
        }
        return false;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

// The integer part of a JSON number, saturated; false when it has none.
bool integerPart(QByteArrayView number, qint64 *out)
{
    qsizetype i = 0;
    const bool negative = i < number.size() && number[i] == '-';
    if (negative)
        ++i;
    if (i >= number.size() || !isDigit(number[i]))
        return false;
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    for (; i < number.size() && isDigit(number[i]); ++i) {
        const int digit = number[i] - '0';
        if (value > (Max - digit) / 10) {
            value = Max; // saturate: "level": 1e30 written out is still fatal, not a wrap-around
            break;
        }
        value = value * 10 + digit;
    }
    *out = negative ? -value : value;
    return true;
}

LogLevel jsonLevel(const JsonMember &member)
{
    if (member.kind == JsonKind::Number) {
        qint64 value = 0;
        return integerPart(member.value, &value) ? levelFromPino(value) : LogLevel::Unknown;
    }
    if (member.kind == JsonKind::String)
        return levelFromName(member.value);
    return LogLevel::Unknown;
}

QString unescapeJson(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    qsizetype from = 0;
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw[i] != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(raw.sliced(from, i - from));
        if (i + 1 >= raw.size()) {
            from = i = raw.size();
            break;
        }
        const char e = raw[i + 1];
        i += 2;
        switch (e) {
        case 'n': out += QLatin1Char('\n'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 'b': out += QLatin1Char('\b'); break;
        case 'f': out += QLatin1Char('\f'); break;
        case 'u': {
            char16_t unit = 0;
            bool ok = i + 4 <= raw.size();
            for (qsizetype k = 0; ok && k < 4; ++k) {
                const int h = hexValue(raw[i + k]);
                ok = h >= 0;
                unit = char16_t(unit * 16 + h);
            }
            if (ok) {
                out += QChar(unit);
                i += 4;
            }
            break;
        }
        default: out += QLatin1Char(e); break; // \" \\ \/ and anything lenient
        }
        from = i;
    }
    out += QString::fromUtf8(raw.sliced(from, i - from));
    return out;
}

QString jsonValueText(const JsonMember &member)
{
    if (member.kind == JsonKind::String)
        return unescapeJson(member.value);
    return QString::fromUtf8(member.value);
}

// ---- pino-pretty: "[time] LEVEL (pid on host): message" ------------------------------------

struct PrettyParts
{
    QByteArrayView time;    // inside the brackets; empty when the line had none
    LogLevel level = LogLevel::Unknown;
    QByteArrayView message;
};

bool splitPretty(QByteArrayView line, PrettyParts *parts)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    if (i < n && line[i] == '[') {
        const qsizetype close = line.indexOf(']', i);
        if (close < 0 || close - i > 64)
            return false;
        parts->time = line.sliced(i + 1, close - i - 1);
        i = close + 1;
        if (i >= n || line[i] != ' ')
            return false;
        while (i < n && line[i] == ' ')
            ++i;
    }
    // pino-pretty writes levels in capitals; "Error: connect ECONNREFUSED" is Node, not a level.
    const qsizetype word = i;
    while (i < n && line[i] >= 'A' && line[i] <= 'Z')
        ++i;
    if (i == word || i - word > 8)
        return false;
    parts->level = levelFromName(line.sliced(word, i - word));
    if (parts->level == LogLevel::Unknown)
        return false;
    if (i + 1 < n && line[i] == ' ' && line[i + 1] == '(') {
        const qsizetype close = line.indexOf(')', i);
        if (close < 0)
            return false;
        i = close + 1;
    }
    if (i >= n || line[i] != ':')
        return false;
    ++i;
    if (i < n && line[i] == ' ')
        ++i;
    parts->message = line.sliced(i);
    return true;
}

// Reads `count` digits at `at`; -1 when they are not all digits.
int digits(QByteArrayView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int k = 0; k < count; ++k) {
        const char c = text[at + k];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "HH:MM:SS[.mmm]" at `at`; the ms since midnight and where it ended, or -1.
qint64 timeOfDay(QByteArrayView text, qsizetype at, qsizetype *end)
{
    const int h = digits(text, at, 2);
    const int m = digits(text, at + 3, 2);
    const int s = digits(text, at + 6, 2);
    if (h < 0 || m < 0 || s < 0 || text[at + 2] != ':' || text[at + 5] != ':' || h > 23 || m > 59 || s > 60)
        return -1;
    qint64 ms = (h * 3600 + m * 60 + s) * 1000LL;
    qsizetype i = at + 8;
    if (i < text.size() && text[i] == '.') {
        // A fraction of a second of any length: ".5" is 500 ms; digits finer than ms are ignored.
        int scale = 100;
        for (++i; i < text.size() && isDigit(text[i]); ++i, scale /= 10)
            ms += (text[i] - '0') * scale;
    }
    *end = i;
    return ms;
}

// The time forms pino-pretty writes: epoch ms ("1700000000000"), a time of day
// ("12:00:00.123", translateTime=true), or a full date ("2024-05-01 12:00:00.123 +0200").
void prettyTime(QByteArrayView text, ParsedLogLine *out)
{
    text = trimmed(text);
    if (text.isEmpty())
        return;
    bool allDigits = true;
    for (char c : text)
        allDigits = allDigits && isDigit(c);
    if (allDigits && text.size() >= 10 && text.size() <= 16) {
        qint64 ms = 0;
        if (integerPart(text, &ms))
            out->timeMs = ms;
        return;
    }
    qsizetype end = 0;
    if (text.size() >= 8 && text[2] == ':') {
        const qint64 ms = timeOfDay(text, 0, &end);
        if (ms >= 0)
            out->timeOfDayMs = ms;
        return;
    }
    const int y = digits(text, 0, 4);
    const int mo = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    if (y < 0 || mo < 0 || d < 0 || text.size() < 19 || text[4] != '-' || text[7] != '-'
        || (text[10] != ' ' && text[10] != 'T'))
        return;
    const QDate date(y, mo, d);
    const qint64 tod = timeOfDay(text, 11, &end);
    if (!date.isValid() || tod < 0)
        return;
    while (end < text.size() && text[end] == ' ')
        ++end;
    qint64 offsetMs = 0;
    if (end < text.size() && (text[end] == '+' || text[end] == '-')) {
        const int oh = digits(text, end + 1, 2);
        const qsizetype minutesAt = end + 3 < text.size() && text[end + 3] == ':' ? end + 4 : end + 3;
        const int om = digits(text, minutesAt, 2);
        if (oh >= 0 && om >= 0)
            offsetMs = (text[end] == '-' ? -1 : 1) * (oh * 60 + om) * 60000LL;
    }
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    out->timeMs = days * 86400000LL + tod - offsetMs;
}

// Classification on text that is already free of escape sequences.
LogLineClass classifyClean(QByteArrayView line, StreamKind stream)
{
    const QByteArrayView text = trimmed(line);
    if (text.startsWith('{')) {
        LogLevel level = LogLevel::Unknown;
        bool sawLevel = false;
        JsonScanner scanner(text);
        const bool ok = scanner.members([&](const JsonMember &member) {
            if (!sawLevel && member.key == QByteArrayView("level")) {
                level = jsonLevel(member);
                sawLevel = true;
            }
        });
        if (ok)
            return {LogStyle::Json, level};
    } else {
        PrettyParts parts;
        if (splitPretty(text, &parts))
            return {LogStyle::Pretty, parts.level};
    }
    return {LogStyle::Plain, DirectusLogParser::plainLevel(stream)};
}

void flattenInto(const JsonMember &member, QList<LogField> *fields)
{
    const QString key = QString::fromUtf8(member.key);
    if (member.kind == JsonKind::Object) {
        QList<LogField> nested;
        JsonScanner scanner(member.value);
        const bool ok = scanner.members([&](const JsonMember &inner) {
            nested.append({key + QLatin1Char('.') + unescapeJson(inner.key), jsonValueText(inner)});
        });
        if (ok) {
            fields->append(nested);
            return;
        }
    }
    fields->append({unescapeJson(member.key), jsonValueText(member)});
}

} // namespace

LogLevel DirectusLogParser::plainLevel(docker::StreamKind stream)
{
    return stream == StreamKind::Stdout || stream == StreamKind::Stdin ? LogLevel::Unknown : LogLevel::Warn;
}

LogLineClass DirectusLogParser::classify(QByteArrayView line, docker::StreamKind stream)
{
    if (!AnsiEscapes::contains(line))
        return classifyClean(line, stream);
    // The buffer keeps its capacity between lines: no allocation per coloured line.
    thread_local std::string clean;
    AnsiEscapes::strip(line, clean);
    return classifyClean(QByteArrayView(clean.data(), qsizetype(clean.size())), stream);
}

ParsedLogLine DirectusLogParser::parse(QByteArrayView line, docker::StreamKind stream)
{
    const QByteArray clean = AnsiEscapes::strip(line);
    const LogLineClass cls = classifyClean(clean, stream);
    ParsedLogLine out;
    out.style = cls.style;
    out.level = cls.level;
    const QByteArrayView text = trimmed(clean);

    if (cls.style == LogStyle::Json) {
        bool sawLevel = false;
        bool sawTime = false;
        bool sawMessage = false;
        JsonScanner scanner(text);
        scanner.members([&](const JsonMember &member) {
            if (!sawLevel && member.key == QByteArrayView("level")) {
                sawLevel = true;
            } else if (!sawTime && member.key == QByteArrayView("time")) {
                sawTime = true;
                qint64 ms = 0;
                if (member.kind == JsonKind::Number && integerPart(member.value, &ms))
                    out.timeMs = ms;
                else if (member.kind == JsonKind::String)
                    prettyTime(member.value, &out);
            } else if (!sawMessage && (member.key == QByteArrayView("msg") || member.key == QByteArrayView("message"))) {
                sawMessage = true;
                out.message = jsonValueText(member);
            } else {
                flattenInto(member, &out.fields);
            }
        });
        return out;
    }
    if (cls.style == LogStyle::Pretty) {
        PrettyParts parts;
        splitPretty(text, &parts);
        prettyTime(parts.time, &out);
        out.message = QString::fromUtf8(parts.message);
        return out;
    }
    // Plain lines keep their indentation (stack traces, pino-pretty's extra properties).
    qsizetype end = clean.size();
    while (end > 0 && isSpace(clean[end - 1]))
        --end;
    out.message = QString::fromUtf8(QByteArrayView(clean).first(end));
    return out;
}

} // namespace dd::logs
