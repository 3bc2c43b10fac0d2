// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/LogLine.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace dd::docker {
class EngineClient;
struct EngineError;
}
namespace dd::logs {
class LogExporter;
class LogListModel;
}

namespace dd::ui {

class LogListView;
class LogRowDelegate;
class LogSearchController;
class LogServiceFeed;

// The Logs tab: the followed logs of an instance's containers. Each service (directus,
// database, cache) has its own LogStore (bounded memory, spills to disk, LogServiceFeed);
// the view shows one service or all of them merged by time, through LogListModel in a LogListView
// (only the rows on screen are measured), so a million lines cost no more to show than a screenful.
//
// Above the list: which service, the level filter, find (highlight, F3 / Shift+F3, "n of m",
// run off the UI thread), timestamps, wrap, Follow and Export. Scrolling up stops following
// the tail; Follow, End or scrolling back to the bottom resumes it.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    // One container to follow, by its compose service name.
    struct Source
    {
        QString service;
        QString container;
        bool running = true;  // a stopped container's log is read once, not followed again and again
    };

    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    // Follows every container of a stack. A service followed before keeps its lines and
    // resumes after the last one (an engine or container restart adds no duplicates).
    void followStack(docker::EngineClient *client, const QList<Source> &sources);
    // One container only (the pane's first slice API).
    void follow(docker::EngineClient *client, const QString &container, const QString &service);
    void clear();

    // The path every followed line takes: a test feeds lines here as a stream would.
    void appendLines(const QString &service, const QList<docker::LogLine> &batch);

    // Which view: a service's log, or every service merged ("" = merged).
    void showService(const QString &service);
    QString shownService() const { return m_shown; }
    QStringList services() const;

    void setMinimumLevel(int comboIndex);
    void setShowTimestamps(bool show);
    void setWrap(bool wrap);
    void setFollowing(bool follow);
    bool isFollowing() const;
    void find(const QString &text);
    void findNext();
    void findPrevious();
    // Writes the current view (service, filter, timestamps) to `fileName` off the UI thread;
    // exportFinished() tells how it went.
    void exportTo(const QString &fileName);

    QString container() const;
    logs::LogListModel *model() const { return m_model; }
    LogListView *view() const { return m_view; }
    LogSearchController *search() const { return m_search; }
    logs::LogExporter *exporter() const { return m_exporter; }
    qsizetype residentBytes() const;  // what the stores hold in memory (chunks + index)
    qsizetype memoryBound() const;    // what they may hold: budgets + index

Q_SIGNALS:
    void exportFinished(bool ok, const QString &error, qint64 lines);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolbar();
    LogServiceFeed *feed(const QString &service);
    void rebuildServiceChoice();
    void applyView();
    void onSearchCountChanged();
    void scrollToMatch(int row);
    void chooseExportFile();
    void onFeedEnded(const docker::EngineError &error);

    std::vector<std::unique_ptr<LogServiceFeed>> m_feeds;
    QString m_shown;  // "" = merged
    LogListView *m_view;
    logs::LogListModel *m_model;
    LogRowDelegate *m_delegate;
    LogSearchController *m_search;
    logs::LogExporter *m_exporter;
    QComboBox *m_serviceChoice = nullptr;
    QComboBox *m_levelChoice = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_timestamps = nullptr;
    QCheckBox *m_wrap = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_status;
};

} // namespace dd::ui
