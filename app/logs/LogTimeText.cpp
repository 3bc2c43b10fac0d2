// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogTimeText.h"

#include <QDateTime>

namespace dd::logs {

namespace {

void appendDigits(QString &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(QLatin1StringView(digits, width));
}

} // namespace

QString LogTimeText::format(qint64 msSinceEpoch) const
{
    const qint64 quarter = msSinceEpoch >= 0 ? msSinceEpoch / QuarterHourMs : -1 - (-msSinceEpoch / QuarterHourMs);
    if (quarter != m_quarter) {
        m_quarter = quarter;
        m_offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::LocalTime).offsetFromUtc()) * 1000;
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpoch + m_offsetMs, Qt::UTC);
    const QDate date = local.date();
    const QTime time = local.time();
    if (date.year() < 1 || date.year() > 9999)
        return local.toString(Qt::ISODateWithMs);  // not a log's time; shown as it is
    QString out;
    out.reserve(23);
    appendDigits(out, date.year(), 4);
    out.append(QLatin1Char('-'));
    appendDigits(out, date.month(), 2);
    out.append(QLatin1Char('-'));
    appendDigits(out, date.day(), 2);
    out.append(QLatin1Char(' '));
    appendDigits(out, time.hour(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, time.minute(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, time.second(), 2);
    out.append(QLatin1Char('.'));
    appendDigits(out, time.msec(), 3);
    return out;
}

} // namespace dd::logs
