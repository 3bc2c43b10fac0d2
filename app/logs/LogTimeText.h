// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::logs {

// Formats log timestamps in local time as "yyyy-MM-dd HH:mm:ss.zzz", for every row painted.
//
// QDateTime::toLocalTime() asks the C library for the zone on each call (a stat of
// /etc/localtime), which made it the largest cost of painting a screenful of log rows. The
// offset from UTC is constant within a quarter of an hour in every zone (offsets and their
// changes fall on 15-minute steps), so it is looked up once per quarter hour and reused.
class LogTimeText
{
public:
    QString format(qint64 msSinceEpoch) const;

private:
    static constexpr qint64 QuarterHourMs = 15 * 60 * 1000;
    mutable qint64 m_quarter = -1;  // the quarter hour (since the epoch) the offset is for
    mutable qint64 m_offsetMs = 0;
};

} // namespace dd::logs
