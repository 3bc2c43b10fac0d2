// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tray/StateNotices.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace dd::ui {

class InstanceListModel;

// The tray icon (issue 5): a menu with every instance (Start, Stop, Open Studio), Show window
// and Quit; notifications when an instance becomes ready, needs attention, or has an update.
// The menu is built even where no tray exists (offscreen tests, some desktops), so its actions
// can be checked; only the icon is skipped there.
class TrayController : public QObject
{
    Q_OBJECT
public:
    TrayController(InstanceListModel *model, QObject *parent = nullptr);
    ~TrayController() override;

    QMenu *menu() const { return m_menu; }
    bool hasIcon() const { return m_icon != nullptr; }
    // What was announced last (for tests; the tray may not exist to show it).
    const QList<StateNotices::Notice> &lastNotices() const { return m_lastNotices; }

    void announceUpdate(const QString &key, const QString &name, const QString &tag);

Q_SIGNALS:
    void showWindowRequested();
    void startRequested(const QString &key);
    void stopRequested(const QString &key);
    void upgradeRequested(const QString &key);
    void quitRequested();

private:
    void rebuildMenu(const QStringList &keys);
    void updateMenu();
    void modelChanged();
    void notify(const StateNotices::Notice &notice);

    InstanceListModel *m_model;
    QMenu *m_menu;
    // One submenu per instance, by key, in the model's order (m_menuKeys).
    struct InstanceMenu
    {
        QMenu *menu = nullptr;
        QAction *start = nullptr;
        QAction *stop = nullptr;
        QAction *open = nullptr;
    };
    QHash<QString, InstanceMenu> m_instanceMenus;
    QStringList m_menuKeys;
    bool m_rebuildWhenHidden = false;
    QSystemTrayIcon *m_icon = nullptr;
    StateNotices m_states;
    QList<StateNotices::Notice> m_lastNotices;
    QString m_lastNoticeKey;  // what a click on the last message opens
    bool m_lastNoticeIsUpdate = false;
};

} // namespace dd::ui
