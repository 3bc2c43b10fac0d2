// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace dd::ui {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::addSample(double value, const QString &label)
{
    m_samples.push_back(value);
    while (m_samples.size() > size_t(Capacity))
        m_samples.pop_front();
    m_label = label;
    setAccessibleDescription(label);  // screen readers get the figure, not the drawing
    update();
}

void Sparkline::clear()
{
    m_samples.clear();
    m_label.clear();
    update();
}

QSize Sparkline::sizeHint() const
{
    return {160, fontMetrics().height() + 12};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor line = m_color.isValid() ? m_color : palette().color(QPalette::Highlight);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, 3, 3);

    // The figure on the right, the chart in the rest.
    const int textWidth = fontMetrics().horizontalAdvance(QStringLiteral("000.0 MiB")) + 8;
    const QRectF chart = frame.adjusted(3, 3, -textWidth, -3);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(frame.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                     m_label.isEmpty() ? tr("…") : m_label);
    if (m_samples.size() < 2 || chart.width() <= 0)
        return;

    const double top = m_ceiling > 0 ? m_ceiling : std::max(1e-9, *std::max_element(m_samples.begin(), m_samples.end()));
    const double step = chart.width() / double(Capacity - 1);
    QPainterPath path;
    const size_t first = size_t(Capacity) - m_samples.size();  // newest on the right edge
    for (size_t i = 0; i < m_samples.size(); ++i) {
        const double fraction = std::clamp(m_samples[i] / top, 0.0, 1.0);
        const QPointF point(chart.left() + double(first + i) * step, chart.bottom() - fraction * chart.height());
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    QPainterPath area = path;
    area.lineTo(chart.right(), chart.bottom());
    area.lineTo(chart.left() + double(first) * step, chart.bottom());
    area.closeSubpath();
    QColor fill = line;
    fill.setAlpha(60);
    painter.fillPath(area, fill);
    painter.setPen(QPen(line, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

} // namespace dd::ui
