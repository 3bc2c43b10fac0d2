#pragma once

#include "InstanceListModel.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace dd::operations {
class Operation;
struct OperationResult;
}
namespace dd::secrets {
class SecretStore;
}

namespace dd::ui {

class EngineWatcher;
class LogPane;

// The right-hand page for one instance: header (name, URL), Open Studio, Start / Stop /
// Restart driving the same operations as the CLI (CreateOperation in BringUp mode,
// StopOperation; AdoptedStackAction for a stack the app did not make), a status line with
// each operation step as it runs, and the Logs tab following the Directus container.
class InstancePage : public QWidget
{
    Q_OBJECT
public:
    explicit InstancePage(EngineWatcher &engine, QWidget *parent = nullptr);
    ~InstancePage() override;

    // Shows `entry` (called again whenever its state changes; the log keeps following).
    void showEntry(const InstanceEntry &entry);
    QString entryKey() const { return m_entry.key; }
    bool isBusy() const { return m_running != nullptr; }

Q_SIGNALS:
    // An operation ended; the store and the stacks may have changed.
    void operationFinished();

private:
    void start();
    void stop();
    void restart();
    void run(operations::Operation *operation, std::function<void()> then = {});
    void runAdopted(bool start, std::function<void()> then = {});
    void finish(const operations::OperationResult &result, const std::function<void()> &then);
    void updateButtons();
    secrets::SecretStore *secretStore();

    EngineWatcher &m_engine;
    InstanceEntry m_entry;
    QLabel *m_name;
    QLabel *m_url;
    QPushButton *m_open;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_restart;
    QLabel *m_status;
    QTabWidget *m_tabs;
    LogPane *m_logs;
    QPointer<QObject> m_running;  // the operation under way, if any
    std::unique_ptr<secrets::SecretStore> m_secrets;  // made on first use: the keychain may be slow to open
};

} // namespace dd::ui
