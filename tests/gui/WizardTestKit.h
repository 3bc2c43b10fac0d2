// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the wizard tests (header only: each test is its own executable): typing into
// fields the way a person does, finding the wizard's parts, palettes and screenshots.
#pragma once

#include "GuiTestKit.h"

#include "wizard/FieldFeedback.h"
#include "wizard/NewInstanceWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QTest>

namespace dd::test {

// Replaces a line edit's text by keystrokes: select all, delete, type (textChanged fires per key).
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

// The line edit behind a field's object name (a QLineEdit, or an editable QComboBox's).
inline QLineEdit *lineEditOf(QWidget *root, const QString &objectName)
{
    QWidget *w = root->findChild<QWidget *>(objectName);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit;
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->lineEdit();
    return nullptr;
}

// Picks a combo's item by arrow keys, as a keyboard user would. False if it is not there.
inline bool chooseByKeys(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    combo->setFocus(Qt::OtherFocusReason);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    return combo->currentIndex() == target;
}

inline ui::FieldFeedback *feedbackOf(QWidget *root, const QString &objectName)
{
    return root->findChild<ui::FieldFeedback *>(objectName + QStringLiteral("Feedback"));
}

inline QAbstractButton *nextButton(QWizard &wizard)
{
    return wizard.button(QWizard::NextButton);
}

} // namespace dd::test
