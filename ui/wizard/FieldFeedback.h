// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceValidator.h"

#include <QLabel>
#include <QPointer>

namespace dd::ui {

// The line next to a field that says what is wrong with it (or what to look at), updated as
// the user types. Errors block the page (the page asks isOk()); warnings are shown but allowed.
// Before the user typed anything in an empty field its error is shown as plain guidance, not
// in the error colour (no scolding on a fresh page); it still holds Next back.
// The label carries an accessible name ("<field>: problem") so a screen reader announces it
// with the field, and an object name ("<objectName>Feedback") the tests look it up by.
class FieldFeedback : public QLabel
{
    Q_OBJECT
public:
    FieldFeedback(QWidget *field, const QString &fieldName, QWidget *parent = nullptr);

    // Shows the first error, else the first warning, else nothing. Returns isOk().
    bool showIssues(const QList<instance::ValidationIssue> &issues);
    // One sentence of the page's own (a check InstanceValidator cannot make: port in use, folder on disk).
    bool showError(const QString &reason);
    bool showWarning(const QString &reason);
    // A check's answer: the reason as an error or a warning, or nothing when it is fine (Info).
    bool showResult(instance::Severity severity, const QString &reason);
    void showBusy(const QString &text);
    void clear();

    bool isOk() const { return m_ok; }
    QSize sizeHint() const override;

private:
    void showText(const QString &text, instance::Severity severity);
    bool fieldIsEmpty() const;

    QPointer<QWidget> m_field;
    QString m_fieldName;
    bool m_touched = false;
    bool m_ok = true;
};

// The issues of `all` that belong to `field`.
QList<instance::ValidationIssue> issuesFor(const QList<instance::ValidationIssue> &all, instance::SpecField field);

} // namespace dd::ui
