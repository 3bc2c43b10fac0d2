// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PasswordStrengthMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace dd::ui {

PasswordStrengthMeter::PasswordStrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_word(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("passwordStrengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_bar->setAccessibleName(tr("Password strength"));
    m_word->setObjectName(QStringLiteral("passwordStrengthWord"));
    m_word->setMinimumWidth(m_word->fontMetrics().horizontalAdvance(tr("Very weak")) + 8);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_word);
    setStrength({}, true);
}

void PasswordStrengthMeter::setStrength(const secrets::PasswordStrength &strength, bool empty)
{
    m_score = empty ? 0 : strength.score;
    m_bar->setValue(m_score);
    // Red, amber, green: the same hues read on light and dark palettes.
    const char *color = m_score <= 1 ? "#d32f2f" : m_score == 2 ? "#f9a825" : "#388e3c";
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background-color: %1; }").arg(QLatin1String(color)));
    static const char *const words[] = {QT_TR_NOOP("Very weak"), QT_TR_NOOP("Weak"), QT_TR_NOOP("Fair"),
                                        QT_TR_NOOP("Good"), QT_TR_NOOP("Strong")};
    const QString word = empty ? QString() : tr(words[qBound(0, m_score, 4)]);
    m_word->setText(word);
    m_bar->setAccessibleDescription(word);
}

} // namespace dd::ui
