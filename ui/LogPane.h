#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QListView;

namespace dd::docker {
class EngineClient;
class LogStream;
struct EngineError;
}
namespace dd::logs {
class LogListModel;
class LogStore;
}

namespace dd::ui {

// The Logs tab: one container's log, followed live. Lines go into a LogStore (bounded memory,
// spills to disk) and are shown through LogListModel in a list view with uniform rows, so a
// million lines cost no more to show than a screenful. Scrolling up stops following the tail;
// scrolling back to the bottom resumes it.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    // Follows `container`'s log. The same container again continues after the last line
    // shown (an engine restart or a container restart adds no duplicate lines); another
    // container, or nullptr, starts over.
    void follow(docker::EngineClient *client, const QString &container, const QString &service);
    void clear();

    QString container() const { return m_container; }
    logs::LogListModel *model() const { return m_model; }

private:
    void onFinished(const docker::EngineError &error);
    void stopStream();

    QListView *m_view;
    QLabel *m_status;
    logs::LogListModel *m_model;
    std::unique_ptr<logs::LogStore> m_store;
    QPointer<docker::LogStream> m_stream;
    QString m_container;
};

} // namespace dd::ui
