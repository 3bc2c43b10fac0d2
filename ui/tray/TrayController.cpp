#include "tray/TrayController.h"

#include "InstanceListModel.h"

#include <QDesktopServices>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QUrl>

namespace dd::ui {

TrayController::TrayController(InstanceListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/directus-desktop.svg")), this);
        m_icon->setToolTip(tr("Directus Desktop"));
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastNoticeIsUpdate)
                Q_EMIT upgradeRequested(m_lastNoticeKey);
            else
                Q_EMIT showWindowRequested();
        });
        m_icon->show();
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrayController::modelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TrayController::modelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrayController::modelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrayController::modelChanged);
    modelChanged();
}

TrayController::~TrayController()
{
    delete m_menu;  // a QMenu cannot have a QObject parent that is not a widget
}

void TrayController::modelChanged()
{
    QList<InstanceEntry> entries;
    for (int row = 0; row < m_model->rowCount(); ++row)
        entries.append(*m_model->entryAt(row));
    m_lastNotices = m_states.update(entries);
    for (const auto &notice : std::as_const(m_lastNotices))
        notify(notice);
    rebuildMenu();
}

void TrayController::rebuildMenu()
{
    // clear() drops the actions but not the submenus (children of the menu): delete those too.
    qDeleteAll(m_menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    m_menu->clear();
    QAction *show = m_menu->addAction(tr("&Show Directus Desktop"));
    connect(show, &QAction::triggered, this, &TrayController::showWindowRequested);
    m_menu->addSeparator();
    const bool connected = m_model->engineState() == EngineState::Connected;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InstanceEntry *entry = m_model->entryAt(row);
        QMenu *sub = m_menu->addMenu(tr("%1 — %2").arg(entry->name, entry->stateText));
        sub->setObjectName(QStringLiteral("trayInstance:") + entry->key);
        const bool running = entry->stateKey == QLatin1String("running") || entry->stateKey == QLatin1String("partly-running")
                             || entry->stateKey == QLatin1String("needs-attention");
        const QString key = entry->key;
        QAction *start = sub->addAction(tr("Start"));
        start->setObjectName(QStringLiteral("trayStart"));
        start->setEnabled(connected && !running);
        connect(start, &QAction::triggered, this, [this, key] { Q_EMIT startRequested(key); });
        QAction *stop = sub->addAction(tr("Stop"));
        stop->setObjectName(QStringLiteral("trayStop"));
        stop->setEnabled(connected && running);
        connect(stop, &QAction::triggered, this, [this, key] { Q_EMIT stopRequested(key); });
        QAction *open = sub->addAction(tr("Open Studio"));
        open->setEnabled(running && !entry->url.isEmpty());
        const QString url = entry->url;
        connect(open, &QAction::triggered, this, [url] { QDesktopServices::openUrl(QUrl(url)); });
    }
    if (m_model->rowCount() > 0)
        m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
}

void TrayController::announceUpdate(const QString &key, const QString &name, const QString &tag)
{
    const StateNotices::Notice notice{key, tr("Update available for %1").arg(name),
                                      tr("Directus %1 is available. Click to upgrade (a backup is made first).").arg(tag), false};
    m_lastNotices = {notice};
    notify(notice);
    m_lastNoticeIsUpdate = true;
}

void TrayController::notify(const StateNotices::Notice &notice)
{
    m_lastNoticeKey = notice.key;
    m_lastNoticeIsUpdate = false;
    if (m_icon)
        m_icon->showMessage(notice.title, notice.message,
                            notice.problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace dd::ui
