// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogLineMatcher.h"

#include "logs/AnsiEscapes.h"
#include "logs/LogsTr.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace dd::logs {

namespace {

char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Branch-free so the compiler vectorises it: this pass runs over every byte searched.
void foldInto(std::string_view text, std::string &out)
{
    out.resize(text.size());
    const char *in = text.data();
    char *to = out.data();
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = in[i];
        to[i] = char(c + (uchar(c - 'A') < 26u) * 32);
    }
}

} // namespace

LogLineMatcher::LogLineMatcher(const LogSearchQuery &query) : m_query(query)
{
    if (query.regularExpression) {
        m_regex = QRegularExpression(query.text, query.caseSensitive ? QRegularExpression::NoPatternOption
                                                                      : QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid()) {
            m_valid = false;
            m_error = Tr::tr("The search pattern is not valid: %1").arg(m_regex.errorString());
        } else {
            m_regex.optimize();
        }
        return;
    }
    const QByteArray utf8 = query.text.toUtf8();
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && uchar(c) < 0x80;
    m_bytePath = query.caseSensitive || ascii;
    m_needle.assign(utf8.constData(), size_t(utf8.size()));
    if (!query.caseSensitive)
        std::transform(m_needle.begin(), m_needle.end(), m_needle.begin(), foldAscii);
    if (m_needle.size() >= 4)
        m_searcher.emplace(m_needle.cbegin(), m_needle.cend());
}

size_t LogLineMatcher::find(std::string_view haystack, size_t from) const
{
    if (!m_searcher)
        return haystack.find(m_needle, from);
    const auto hit = std::search(haystack.begin() + qsizetype(from), haystack.end(), *m_searcher);
    return hit == haystack.end() ? std::string_view::npos : size_t(hit - haystack.begin());
}

bool LogLineMatcher::matchesClean(QByteArrayView text)
{
    if (m_query.text.isEmpty())
        return false;
    if (m_query.regularExpression)
        return m_regex.match(QString::fromUtf8(text)).hasMatch();
    if (!m_bytePath)
        return QString::fromUtf8(text).contains(m_query.text, Qt::CaseInsensitive);
    std::string_view haystack(text.data(), size_t(text.size()));
    if (!m_query.caseSensitive) {
        foldInto(haystack, m_folded);
        haystack = m_folded;
    }
    return find(haystack, 0) != std::string_view::npos;
}

bool LogLineMatcher::matchesLine(QByteArrayView line)
{
    if (!AnsiEscapes::contains(line))
        return matchesClean(line);
    AnsiEscapes::strip(line, m_clean);
    return matchesClean(QByteArrayView(m_clean.data(), qsizetype(m_clean.size())));
}

void LogLineMatcher::matchChunk(const LogChunkView &view, std::vector<qint64> &out)
{
    if (!m_valid || m_query.text.isEmpty() || view.size() == 0 || !view.buffer)
        return;
    if (!m_bytePath) {
        for (qsizetype i = 0; i < view.size(); ++i) {
            if ((m_query.levels & levelBit(view.metas[size_t(i)].level)) && matchesLine(view.text(i)))
                out.push_back(view.firstRow + i);
        }
        return;
    }

    // The whole chunk at once: find the needle, map the hit to its line, go on after that line.
    const quint32 begin = view.metas.front().offset;
    const QByteArrayView bytes(view.buffer->bytes.get() + begin, qsizetype(view.end - begin));
    std::string_view haystack(bytes.data(), size_t(bytes.size()));
    m_offsets.clear();
    if (AnsiEscapes::contains(bytes)) {
        m_clean.clear();
        for (qsizetype i = 0; i < view.size(); ++i) {
            m_offsets.push_back(quint32(m_clean.size()));
            AnsiEscapes::appendStripped(view.text(i), m_clean);
        }
        haystack = m_clean;
    } else {
        for (const LogLineMeta &meta : view.metas)
            m_offsets.push_back(meta.offset - begin);
    }
    if (!m_query.caseSensitive) {
        foldInto(haystack, m_folded);
        haystack = m_folded;
    }
    auto lineEnd = [&](size_t line) -> size_t {
        return line + 1 < m_offsets.size() ? m_offsets[line + 1] : haystack.size();
    };
    size_t line = 0;
    size_t at = 0;
    while (at < haystack.size()) {
        const size_t hit = find(haystack, at);
        if (hit == std::string_view::npos)
            return;
        // The line holding `hit`: the last one starting at or before it (empty lines skipped).
        while (line + 1 < m_offsets.size() && m_offsets[line + 1] <= hit)
            ++line;
        const size_t end = lineEnd(line);
        if (hit + m_needle.size() <= end) {
            if (m_query.levels & levelBit(view.metas[line].level))
                out.push_back(view.firstRow + qint64(line));
            at = end;
            ++line;
            if (line >= view.metas.size())
                return;
        } else {
            at = hit + 1; // the hit spans two lines: not a match
        }
    }
}

} // namespace dd::logs
