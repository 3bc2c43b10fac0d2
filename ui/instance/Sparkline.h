// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

#include <deque>

namespace dd::ui {

// A small line chart of the last samples (newest on the right), with the latest value as
// text. Painted by hand: a chart library would be a large dependency for a few pixels.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    static constexpr int Capacity = 60;  // a minute at the engine's one sample a second

    void addSample(double value, const QString &label);
    void clear();
    // The top of the scale; 0 scales to the largest sample shown.
    void setCeiling(double ceiling) { m_ceiling = ceiling; update(); }
    void setColor(const QColor &color) { m_color = color; update(); }
    int sampleCount() const { return int(m_samples.size()); }
    QString label() const { return m_label; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::deque<double> m_samples;
    QString m_label;
    double m_ceiling = 0;
    QColor m_color;
};

} // namespace dd::ui
