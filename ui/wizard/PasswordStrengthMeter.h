// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretGenerator.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace dd::ui {

// A bar of five steps (SecretGenerator::evaluate's score 0..4) with a word for it, so the
// admin password's strength is seen while it is typed. The reason sentence itself is shown by
// the field's FieldFeedback.
class PasswordStrengthMeter : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget *parent = nullptr);

    void setStrength(const secrets::PasswordStrength &strength, bool empty);
    int score() const { return m_score; }

private:
    QProgressBar *m_bar;
    QLabel *m_word;
    int m_score = 0;
};

} // namespace dd::ui
