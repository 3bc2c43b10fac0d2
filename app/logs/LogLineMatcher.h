// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogSearchQuery.h"
#include "logs/LogStoreData.h"

#include <QByteArray>
#include <QRegularExpression>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dd::logs {

// The matching half of a search, for one worker thread: finds the rows of a chunk that
// contain the query. Plain text (case-sensitive, or ASCII folded) is searched across the
// whole chunk at once, one find per hit rather than per line; a chunk with escape sequences
// is stripped first. Regular expressions and non-ASCII case folding go line by line.
class LogLineMatcher
{
public:
    explicit LogLineMatcher(const LogSearchQuery &query);

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    // Appends the matching rows of `view` to `out`.
    void matchChunk(const LogChunkView &view, std::vector<qint64> &out);
    // One line on its own (the slow path, and a reference for tests).
    bool matchesLine(QByteArrayView line);

private:
    bool matchesClean(QByteArrayView text);

    LogSearchQuery m_query;
    bool m_valid = true;
    bool m_bytePath = false; // needle compared as bytes (ASCII folding when case-insensitive)
    QString m_error;
    std::string m_needle;
    // Horspool skips up to a needle's length per step; a plain find stops at every byte equal to
    // the needle's first one, which for a folded needle ("e...") is every few bytes of text.
    std::optional<std::boyer_moore_horspool_searcher<std::string::const_iterator>> m_searcher;
    size_t find(std::string_view haystack, size_t from) const;
    QRegularExpression m_regex;
    std::string m_folded;
    std::string m_clean;
    std::vector<quint32> m_offsets; // where each line of the chunk starts in the searched text
};

} // namespace dd::logs
