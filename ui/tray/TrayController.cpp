// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayController.h"

#include "InstanceListModel.h"

#include <QDesktopServices>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
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
    connect(m_menu, &QMenu::aboutToHide, this, [this] {
        if (m_rebuildWhenHidden)
            QTimer::singleShot(0, this, &TrayController::modelChanged);
    });
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
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        entries.append(*m_model->entryAt(row));
        keys.append(entries.last().key);
    }
    m_lastNotices = m_states.update(entries);
    for (const auto &notice : std::as_const(m_lastNotices))
        notify(notice);
    // States change all the time (a stats tick, a health check): the entries are updated in
    // place. Only another set of instances needs new submenus, and never under an open menu
    // (it would close or jump under the pointer): then it waits until the menu is closed.
    if (keys != m_menuKeys) {
        if (m_menu->isVisible()) {
            m_rebuildWhenHidden = true;
        } else {
            rebuildMenu(keys);
            return;
        }
    }
    updateMenu();
}

void TrayController::rebuildMenu(const QStringList &keys)
{
    m_rebuildWhenHidden = false;
    // clear() drops the actions but not the submenus (children of the menu): delete those too.
    qDeleteAll(m_menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    m_menu->clear();
    m_instanceMenus.clear();
    m_menuKeys = keys;
    QAction *show = m_menu->addAction(tr("&Show Directus Desktop"));
    connect(show, &QAction::triggered, this, &TrayController::showWindowRequested);
    m_menu->addSeparator();
    for (const QString &key : keys) {
        InstanceMenu entry;
        entry.menu = m_menu->addMenu(QString());
        entry.menu->setObjectName(QStringLiteral("trayInstance:") + key);
        entry.start = entry.menu->addAction(tr("Start"));
        entry.start->setObjectName(QStringLiteral("trayStart"));
        connect(entry.start, &QAction::triggered, this, [this, key] { Q_EMIT startRequested(key); });
        entry.stop = entry.menu->addAction(tr("Stop"));
        entry.stop->setObjectName(QStringLiteral("trayStop"));
        connect(entry.stop, &QAction::triggered, this, [this, key] { Q_EMIT stopRequested(key); });
        entry.open = entry.menu->addAction(tr("Open Studio"));
        entry.open->setObjectName(QStringLiteral("trayOpen"));
        connect(entry.open, &QAction::triggered, this, [this, key] {
            // The address as it is now (the port may have changed since the menu was made).
            const int row = m_model->rowOf(key);
            if (const InstanceEntry *now = row >= 0 ? m_model->entryAt(row) : nullptr; now && !now->url.isEmpty())
                QDesktopServices::openUrl(QUrl(now->url));
        });
        m_instanceMenus.insert(key, entry);
    }
    if (!keys.isEmpty())
        m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
    updateMenu();
}

void TrayController::updateMenu()
{
    const bool connected = m_model->engineState() == EngineState::Connected;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InstanceEntry *entry = m_model->entryAt(row);
        const auto it = m_instanceMenus.constFind(entry->key);
        if (it == m_instanceMenus.cend())
            continue;  // new since the menu was made: added when the open menu closes
        const bool running = entry->stateKey == QLatin1String("running") || entry->stateKey == QLatin1String("partly-running")
                             || entry->stateKey == QLatin1String("needs-attention");
        it->menu->setTitle(tr("%1 — %2").arg(entry->name, entry->stateText));
        it->start->setEnabled(connected && !running);
        it->stop->setEnabled(connected && running);
        it->open->setEnabled(running && !entry->url.isEmpty());
    }
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
