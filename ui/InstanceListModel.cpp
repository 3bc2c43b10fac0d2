// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstanceListModel.h"

#include "instance/DatabaseProfile.h"

#include <QPainter>
#include <QPixmap>

namespace dd::ui {

using operations::DiscoveredStack;

namespace {

// The dot's colours, one set for light and dark palettes alike: each has a contrast of at
// least 3:1 (WCAG's minimum for graphics) against a white base and a #1e1e1e dark one.
// The words stay beside it, so colour is never the only sign.
struct DotStyle
{
    QColor colour;
    bool hollow = false;  // a ring: the state is not known (no engine, or not asked yet)
};

DotStyle dotStyle(const QString &stateKey)
{
    if (stateKey == DiscoveredStack::stateKey(DiscoveredStack::State::Running))
        return {QColor(0x2f, 0x9d, 0x4a)};  // green
    // A stack on its way up (or down): some of its containers run, others not yet; or the app is
    // working on it ("busy": pulling, migrating…).
    if (stateKey == DiscoveredStack::stateKey(DiscoveredStack::State::PartlyRunning) || stateKey == QLatin1String("busy"))
        return {QColor(0xc8, 0x84, 0x00)};  // amber
    if (stateKey == DiscoveredStack::stateKey(DiscoveredStack::State::NeedsAttention))
        return {QColor(0xd9, 0x30, 0x25)};  // red
    const QColor grey(0x88, 0x88, 0x88);
    if (stateKey == DiscoveredStack::stateKey(DiscoveredStack::State::Stopped))
        return {grey};
    return {grey, true};  // "checking", "unknown"
}

// A dot centred in a square of `size` pixels. `outline` draws a ring around it, so a selected
// row's dot stands out from the highlight colour, which any of the fills may be close to.
QPixmap dotPixmap(int size, const DotStyle &style, const QColor &outline)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size / 5.0;
    const qreal stroke = size / 8.0;
    const QRectF dot = QRectF(0, 0, size, size).adjusted(margin, margin, -margin, -margin);
    if (outline.isValid()) {
        painter.setPen(QPen(outline, stroke));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(dot.adjusted(-stroke / 2, -stroke / 2, stroke / 2, stroke / 2));
    }
    if (style.hollow) {
        painter.setPen(QPen(style.colour, stroke));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(dot.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.colour);
        painter.drawEllipse(dot);
    }
    return pixmap;
}

} // namespace

InstanceListModel::InstanceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void InstanceListModel::setSpecs(const QList<instance::InstanceSpec> &specs)
{
    m_specs = specs;
    rebuild();
}

void InstanceListModel::setStacks(const QList<DiscoveredStack> &stacks)
{
    m_stacks = stacks;
    rebuild();
}

void InstanceListModel::setEngineState(EngineState state)
{
    if (state == m_engineState)
        return;
    m_engineState = state;
    // What was found on an engine we can no longer see is no longer known.
    if (state != EngineState::Connected)
        m_stacks.clear();
    rebuild();
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    const InstanceEntry *entry = entryAt(index.row());
    if (!entry || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QStringList details;
        for (const QString &part : {entry->version, entry->database, entry->stateText})
            if (!part.isEmpty())
                details.append(part);
        return entry->name + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
    }
    case Qt::DecorationRole:
        return stateIcon(entry->busy ? QStringLiteral("busy") : entry->stateKey);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, Directus %2, %3, %4").arg(entry->name, entry->version, entry->database, entry->stateText);
    case KeyRole:
        return entry->key;
    case NameRole:
        return entry->name;
    case VersionRole:
        return entry->version;
    case DatabaseRole:
        return entry->database;
    case StateRole:
        return entry->stateText;
    case StateKeyRole:
        return entry->stateKey;
    case UrlRole:
        return entry->url;
    default:
        return {};
    }
}

QHash<int, QByteArray> InstanceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(NameRole, "name");
    names.insert(VersionRole, "version");
    names.insert(DatabaseRole, "database");
    names.insert(StateRole, "state");
    names.insert(StateKeyRole, "stateKey");
    names.insert(UrlRole, "url");
    return names;
}

const InstanceEntry *InstanceListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int InstanceListModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).key == key)
            return row;
    return -1;
}

QIcon InstanceListModel::stateIcon(const QString &stateKey) const
{
    auto cached = m_stateIcons.constFind(stateKey);
    if (cached != m_stateIcons.constEnd())
        return *cached;
    const DotStyle style = dotStyle(stateKey);
    QIcon icon;
    // 16 px for the list, 32 px for a 2x screen (QIcon picks by size and device pixel ratio).
    for (int size : {16, 32}) {
        icon.addPixmap(dotPixmap(size, style, QColor()), QIcon::Normal);
        icon.addPixmap(dotPixmap(size, style, Qt::white), QIcon::Selected);
    }
    m_stateIcons.insert(stateKey, icon);
    return icon;
}

void InstanceListModel::rebuild()
{
    QList<InstanceEntry> entries;
    QSet<QString> claimed;  // projects that belong to a stored instance
    for (const auto &spec : m_specs) {
        InstanceEntry entry = entryFor(spec);
        if (entry.stack)
            claimed.insert(entry.stack->project);
        entries.append(entry);
    }
    for (const auto &stack : m_stacks)
        if (stack.isAdopted() && !claimed.contains(stack.project))
            entries.append(entryFor(stack));

    bool sameRows = entries.size() == m_entries.size();
    for (int i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).key == m_entries.at(i).key;
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    // Same rows: update in place so the view keeps selection and scroll position.
    m_entries = entries;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

InstanceEntry InstanceListModel::entryFor(const instance::InstanceSpec &spec) const
{
    InstanceEntry entry;
    entry.key = spec.id;
    entry.name = spec.name;
    entry.version = spec.imageTag;
    entry.database = instance::DatabaseProfile::of(spec.databaseKind).displayName;
    entry.url = spec.effectivePublicUrl();
    entry.spec = spec;
    for (const auto &stack : m_stacks) {
        // Ours by label; by name for a stack whose labels predate the id (or were lost).
        if (stack.instanceId == spec.id || (stack.instanceId.isEmpty() && stack.project == spec.name)) {
            entry.stack = stack;
            break;
        }
    }
    describeState(entry);
    return entry;
}

InstanceEntry InstanceListModel::entryFor(const DiscoveredStack &adopted) const
{
    InstanceEntry entry;
    entry.key = QStringLiteral("adopted:") + adopted.project;
    entry.name = adopted.project;
    entry.version = adopted.directusVersion();
    entry.database = tr("adopted stack");
    entry.url = adopted.url();
    entry.stack = adopted;
    describeState(entry);
    return entry;
}

void InstanceListModel::describeState(InstanceEntry &entry) const
{
    describeEngineState(entry);
    if (const auto activity = m_activity.constFind(entry.key); activity != m_activity.cend()) {
        entry.stateText = *activity;
        entry.busy = true;
    }
}

void InstanceListModel::describeEngineState(InstanceEntry &entry) const
{
    switch (m_engineState) {
    case EngineState::Connecting:
        entry.stateText = tr("checking");
        entry.stateKey = QStringLiteral("checking");
        return;
    case EngineState::Unreachable:
        entry.stateText = tr("unknown (engine unreachable)");
        entry.stateKey = QStringLiteral("unknown");
        return;
    case EngineState::Connected:
        break;
    }
    if (!entry.stack) {
        // Nothing on the engine: never started here, or removed with its data kept.
        entry.stateText = DiscoveredStack::stateText(DiscoveredStack::State::Stopped);
        entry.stateKey = DiscoveredStack::stateKey(DiscoveredStack::State::Stopped);
        return;
    }
    const auto state = entry.stack->state();
    entry.stateText = DiscoveredStack::stateText(state);
    entry.stateKey = DiscoveredStack::stateKey(state);
    if (const QString url = entry.stack->url(); !url.isEmpty())
        entry.url = url;
    // Running, but Directus has not passed its health check yet (first start: migrations).
    const operations::StackContainer *directus = entry.stack->directus();
    if (state == DiscoveredStack::State::Running && directus && directus->health == QLatin1String("starting")) {
        entry.stateText = tr("starting");
        entry.busy = true;
    }
}

void InstanceListModel::setActivity(const QString &key, const QString &words)
{
    if (m_activity.value(key) == words)
        return;
    if (words.isEmpty())
        m_activity.remove(key);
    else
        m_activity.insert(key, words);
    rebuild();
}

} // namespace dd::ui
