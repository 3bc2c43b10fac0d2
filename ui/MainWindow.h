#pragma once

#include "instance/InstanceSpec.h"

#include <QMainWindow>

class QLabel;
class QListView;
class QStackedWidget;

namespace dd::ui {

class EngineBanner;
class EngineWatcher;
class InstanceListModel;
class InstancePage;

// The one window of the app: the instance list on the left; on the right the engine banner
// while no engine answers, else the selected instance's page. Nothing here waits: the store
// is read on a worker thread, the engine is watched by EngineWatcher's signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    InstanceListModel *instanceModel() const { return m_model; }
    EngineWatcher *engineWatcher() const { return m_engine; }

private:
    void loadInstances();
    void showRightPage();
    void selectionChanged();
    void restoreSelection();

    InstanceListModel *m_model;
    EngineWatcher *m_engine;
    QListView *m_list;
    QStackedWidget *m_pages;
    EngineBanner *m_banner;
    QLabel *m_empty;
    InstancePage *m_page;
    QString m_selectedKey;  // survives model resets (an instance appearing or going)
};

} // namespace dd::ui
