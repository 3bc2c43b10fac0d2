// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "operations/DiscoveredStack.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>

#include <optional>

namespace dd::ui {

// What the main window knows about the engine; decides the words for an instance that has
// no containers on it (stopped) versus one we cannot see (engine unreachable).
enum class EngineState { Connecting, Connected, Unreachable };

// One row of the instance list: an instance from the store (with its stack when the engine
// has one), or a stack the app did not make (adopted).
struct InstanceEntry
{
    QString key;  // the instance id, or "adopted:<project>" for an adopted stack
    QString name;
    QString version;
    QString database;
    QString stateText;  // plain words, translated: the engine's state, or what the app is doing to it
    QString stateKey;   // stable: running, stopped, partly-running, needs-attention, unknown, checking
    bool busy = false;  // on its way: an operation of this app runs, or Directus is still starting
    QString url;
    std::optional<instance::InstanceSpec> spec;
    std::optional<operations::DiscoveredStack> stack;
};

// The rows of the instance list: the instance store's specs joined with what StackDiscovery
// found on the engine. Both inputs arrive separately (the store is read off the UI thread,
// discovery is asynchronous), so each setter rebuilds the rows from the latest of both.
// When only states change the rows are updated in place, so the view keeps its selection.
class InstanceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        VersionRole,
        DatabaseRole,
        StateRole,     // translated plain words
        StateKeyRole,  // stable id, for tests and styling
        UrlRole,
    };
    Q_ENUM(Role)

    explicit InstanceListModel(QObject *parent = nullptr);

    void setSpecs(const QList<instance::InstanceSpec> &specs);
    void setStacks(const QList<operations::DiscoveredStack> &stacks);
    void setEngineState(EngineState state);
    // What the app is doing to the instance `key` ("pulling images", "migrating"…), shown instead
    // of its state until cleared with an empty text.
    void setActivity(const QString &key, const QString &words);
    EngineState engineState() const { return m_engineState; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const InstanceEntry *entryAt(int row) const;
    int rowOf(const QString &key) const;  // -1 when absent

private:
    void rebuild();
    InstanceEntry entryFor(const instance::InstanceSpec &spec) const;
    InstanceEntry entryFor(const operations::DiscoveredStack &adopted) const;
    void describeState(InstanceEntry &entry) const;
    void describeEngineState(InstanceEntry &entry) const;
    // The coloured dot beside the words (Qt::DecorationRole), made once per state key.
    QIcon stateIcon(const QString &stateKey) const;

    QList<instance::InstanceSpec> m_specs;
    QList<operations::DiscoveredStack> m_stacks;
    EngineState m_engineState = EngineState::Connecting;
    QHash<QString, QString> m_activity;  // key -> words, while an operation runs
    QList<InstanceEntry> m_entries;
    mutable QHash<QString, QIcon> m_stateIcons;
};

} // namespace dd::ui
