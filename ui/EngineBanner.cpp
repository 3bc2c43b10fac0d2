// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

EngineBanner::EngineBanner(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("No Docker engine answers"), this))
    , m_problem(new QLabel(this))
    , m_next(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("engineBanner"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Engine problem"));

    // The explanation names socket paths a person may want to copy into a terminal.
    m_problem->setObjectName(QStringLiteral("engineProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setAccessibleName(tr("Why no engine was found"));

    m_next->setAccessibleName(tr("Next automatic try"));

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry connecting to the Docker engine"));
    m_retry->setFocusPolicy(Qt::StrongFocus);
    m_retry->setAutoDefault(true);
    connect(m_retry, &QPushButton::clicked, this, &EngineBanner::retryRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_next, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (--m_secondsLeft <= 0)
            m_tick.stop();
        showCountdown();
    });
}

void EngineBanner::setProblem(const QString &text)
{
    m_problem->setText(text);
}

void EngineBanner::setNextTryIn(int seconds)
{
    m_secondsLeft = seconds;
    m_tick.start();
    showCountdown();
}

void EngineBanner::setTrying()
{
    m_tick.stop();
    m_next->setText(tr("Trying to connect…"));
}

QString EngineBanner::problemText() const
{
    return m_problem->text();
}

void EngineBanner::showCountdown()
{
    m_next->setText(m_secondsLeft > 0 ? tr("Trying again in %n second(s).", nullptr, m_secondsLeft)
                                      : tr("Trying again now."));
}

} // namespace dd::ui
