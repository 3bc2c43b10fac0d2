// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/FieldFeedback.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPalette>

namespace dd::ui {

using instance::Severity;

FieldFeedback::FieldFeedback(QWidget *field, const QString &fieldName, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_fieldName(fieldName)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    if (auto *combo = qobject_cast<QComboBox *>(field))
        edit = combo->lineEdit();
    if (edit)
        connect(edit, &QLineEdit::textEdited, this, [this] { m_touched = true; });
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Take the form's whole width: a word-wrapped label is otherwise squeezed to its
    // (narrow) size hint in a QFormLayout and wraps after every few words.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The form may reserve the height of a narrower wrap; keep the words right under the field.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (field && !field->objectName().isEmpty())
        setObjectName(field->objectName() + QStringLiteral("Feedback"));
    if (field)
        setBuddy(field);
    clear();
}

bool FieldFeedback::showIssues(const QList<instance::ValidationIssue> &issues)
{
    for (const auto &issue : issues) {
        if (issue.severity == Severity::Error) {
            showText(issue.reason, Severity::Error);
            return m_ok;
        }
    }
    for (const auto &issue : issues) {
        if (issue.severity == Severity::Warning) {
            showText(issue.reason, Severity::Warning);
            return m_ok;
        }
    }
    clear();
    return m_ok;
}

bool FieldFeedback::showError(const QString &reason)
{
    showText(reason, Severity::Error);
    return m_ok;
}

bool FieldFeedback::showWarning(const QString &reason)
{
    showText(reason, Severity::Warning);
    return m_ok;
}

bool FieldFeedback::showResult(instance::Severity severity, const QString &reason)
{
    if (severity == Severity::Error)
        return showError(reason);
    if (severity == Severity::Warning)
        return showWarning(reason);
    clear();
    return m_ok;
}

void FieldFeedback::showBusy(const QString &text)
{
    // A check still running counts as "not yet fine": Next waits for its answer.
    showText(text, Severity::Info);
    m_ok = false;
}

void FieldFeedback::clear()
{
    showText(QString(), Severity::Info);
}

bool FieldFeedback::fieldIsEmpty() const
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_field.data()))
        return edit->text().isEmpty();
    if (auto *combo = qobject_cast<QComboBox *>(m_field.data()))
        return combo->currentText().isEmpty();
    return false;
}

void FieldFeedback::showText(const QString &text, Severity severity)
{
    m_ok = severity != Severity::Error;
    // An empty field nobody typed in yet is not a mistake: its sentence is shown as plain
    // guidance, not in the error colour, though it still holds Next back.
    const bool guidance = severity == Severity::Error && !m_touched && fieldIsEmpty();
    const Severity shown = guidance ? Severity::Info : severity;
    // Colours that stay readable on light and dark palettes; the words carry the meaning,
    // the colour only helps.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QString color;
    if (shown == Severity::Error)
        color = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020");
    else if (shown == Severity::Warning)
        color = dark ? QStringLiteral("#ffd180") : QStringLiteral("#8a5300");
    setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    setText(text);
    setVisible(!text.isEmpty());
    setAccessibleName(text.isEmpty() ? QString()
                                     : tr("%1: %2").arg(m_fieldName, shown == Severity::Error ? tr("problem") : tr("note")));
    setAccessibleDescription(text);
}

QSize FieldFeedback::sizeHint() const
{
    // A word-wrapped QLabel hints a narrow width, and the form reserves the height of that
    // narrow wrap (a tall gap under a one-line sentence). Hint the width the wizard's forms
    // have at least, so the reserved height fits what is shown.
    constexpr int typicalWidth = 480;
    if (text().isEmpty())
        return QLabel::sizeHint();
    return QSize(typicalWidth, heightForWidth(typicalWidth));
}

QList<instance::ValidationIssue> issuesFor(const QList<instance::ValidationIssue> &all, instance::SpecField field)
{
    QList<instance::ValidationIssue> mine;
    for (const auto &issue : all) {
        if (issue.field == field)
            mine.append(issue);
    }
    return mine;
}

} // namespace dd::ui
