// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/OperationResult.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QWizardPage>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace dd::operations {
class CreateOperation;
}
namespace dd::secrets {
class SecretStore;
}

namespace dd::ui {

class ContainerLogTail;

class WizardState;

// Creates the instance: the typed passwords go to the SecretStore, then
// operations::CreateOperation runs in Create mode with the same context the CLI's `create`
// gives it. Shown while it runs: a bar per image pull, the step list, the tail of the progress
// lines. A failure stays here with the step, the sentence (it carries the fix), the log tail
// and what was undone (the operation rolls back what it made), and Retry.
class CreatePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CreatePage(WizardState &state, QWidget *parent = nullptr);
    ~CreatePage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    bool succeeded() const { return m_succeeded; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void created(const QString &name);

private:
    void start();
    void runOperation();
    void onStepStarted(const QString &id, const QString &title);
    void onStepFinished(const QString &id);
    void onPullProgress(const QString &image, double fraction, const QString &text);
    void onFinished(const operations::OperationResult &result);
    void showFailure(const QString &text);
    void appendLog(const QString &line);

    WizardState &m_state;
    QLabel *m_status;
    QListWidget *m_steps;
    QVBoxLayout *m_pulls;
    QPlainTextEdit *m_log;
    QLabel *m_error;
    QPushButton *m_retry;
    QPushButton *m_changeSettings;
    QHash<QString, QListWidgetItem *> m_stepItems;
    QHash<QString, QProgressBar *> m_pullBars;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    QPointer<operations::CreateOperation> m_operation;
    QHash<QString, QString> m_containerOf;  // service -> container name, from the stack plan
    // The container a step brings up prints its log into the details while the step (and
    // the next ones) run, so a slow migration is visibly at work.
    ContainerLogTail *m_containerLog;
    QString m_currentStep;
    QUrl m_url;
    int m_stepCount = 0;
    bool m_running = false;
    bool m_succeeded = false;
};

} // namespace dd::ui
