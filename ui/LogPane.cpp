// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogPane.h"

#include "docker/EngineError.h"
#include "log/LogListView.h"
#include "log/LogRowDelegate.h"
#include "log/LogSearchController.h"
#include "log/LogServiceFeed.h"
#include "logs/LogExporter.h"
#include "logs/LogLevel.h"
#include "logs/LogListModel.h"
#include "logs/LogStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace dd::ui {

namespace {

// The level choices, most to least verbose; the combo's index selects one.
struct LevelChoice
{
    const char *label;
    logs::LogLevelMask mask;
};

const LevelChoice levelChoices[] = {
    {QT_TRANSLATE_NOOP("dd::ui::LogPane", "All levels"), logs::AllLogLevels},
    {QT_TRANSLATE_NOOP("dd::ui::LogPane", "Debug and above"), logs::levelsAtLeast(logs::LogLevel::Debug)},
    {QT_TRANSLATE_NOOP("dd::ui::LogPane", "Info and above"), logs::levelsAtLeast(logs::LogLevel::Info)},
    {QT_TRANSLATE_NOOP("dd::ui::LogPane", "Warnings and errors"), logs::levelsAtLeast(logs::LogLevel::Warn)},
    {QT_TRANSLATE_NOOP("dd::ui::LogPane", "Errors only"), logs::levelsAtLeast(logs::LogLevel::Error)},
};

QString serviceTitle(const QString &service)
{
    if (service == QLatin1String("directus"))
        return LogPane::tr("Directus");
    if (service == QLatin1String("database"))
        return LogPane::tr("Database");
    if (service == QLatin1String("cache"))
        return LogPane::tr("Cache");
    return service;
}

} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new LogListView(this))
    , m_model(new logs::LogListModel(this))
    , m_delegate(new LogRowDelegate(this))
    , m_search(new LogSearchController(m_model, this))
    , m_exporter(new logs::LogExporter(this))
    , m_status(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Container log"));
    // LogListView measures only the rows on screen, whatever the log's length.
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_model);
    m_view->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setAccessibleName(tr("Log status"));

    connect(m_model, &logs::LogListModel::rowsAppended, this, [this] {
        if (m_model->follow())
            m_view->scrollToBottom();
    });
    // A rebuilt filter resets the rows: go back to the tail or to the current match.
    connect(m_model, &logs::LogListModel::filterApplied, this, [this] {
        if (m_model->follow())
            m_view->scrollToBottom();
        else if (m_search->currentRow() >= 0)
            scrollToMatch(m_search->currentRow());
    });
    // The rows' extent grows with every append tick: a following view stays at the new bottom.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_model->follow())
            m_view->verticalScrollBar()->setValue(maximum);
    });
    // Scrolling away from the bottom unfollows; back at the bottom follows again.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_model->setFollow(value >= m_view->verticalScrollBar()->maximum());
    });
    connect(m_model, &logs::LogListModel::followChanged, this, [this] { m_follow->setChecked(m_model->follow()); });

    connect(m_search, &LogSearchController::countChanged, this, &LogPane::onSearchCountChanged);
    connect(m_search, &LogSearchController::currentChanged, this, &LogPane::scrollToMatch);

    connect(m_exporter, &logs::LogExporter::progress, this, [this](qint64 written, qint64 total) {
        m_status->setText(tr("Exporting… %1%").arg(total > 0 ? written * 100 / total : 100));
    });
    connect(m_exporter, &logs::LogExporter::finished, this, [this](bool ok, const QString &error, qint64 lines) {
        m_export->setEnabled(true);
        if (ok)
            m_status->setText(tr("Exported %Ln line(s).", nullptr, int(std::min<qint64>(lines, std::numeric_limits<int>::max()))));
        else
            m_status->setText(error.isEmpty() ? tr("Export cancelled.") : tr("Export failed: %1").arg(error));
        Q_EMIT exportFinished(ok, error, lines);
    });

    buildToolbar();
}

LogPane::~LogPane()
{
    // The model must forget the stores before they go.
    m_model->clearSources();
    m_feeds.clear();
}

void LogPane::buildToolbar()
{
    m_serviceChoice = new QComboBox(this);
    m_serviceChoice->setObjectName(QStringLiteral("logServiceChoice"));
    m_serviceChoice->setAccessibleName(tr("Which log to show"));
    connect(m_serviceChoice, &QComboBox::activated, this, [this](int index) {
        showService(m_serviceChoice->itemData(index).toString());
    });

    m_levelChoice = new QComboBox(this);
    m_levelChoice->setObjectName(QStringLiteral("logLevelChoice"));
    m_levelChoice->setAccessibleName(tr("Minimum level"));
    for (const LevelChoice &choice : levelChoices)
        m_levelChoice->addItem(tr(choice.label));
    connect(m_levelChoice, &QComboBox::currentIndexChanged, this, &LogPane::setMinimumLevel);

    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("logFind"));
    m_findEdit->setAccessibleName(tr("Find in the log"));
    m_findEdit->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_findEdit->setClearButtonEnabled(true);
    // Typing searches after a short pause, so a word is one search rather than one per key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_findEdit, &QLineEdit::textEdited, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { find(m_findEdit->text()); });
    // Letters typed in the log start a search with them (the list itself never scans its rows).
    connect(m_view, &LogListView::typedText, this, [this, debounce](const QString &text) {
        if (!m_findEdit->hasFocus()) {
            m_findEdit->setFocus(Qt::OtherFocusReason);
            m_findEdit->selectAll();  // a new search, not an addition to the last one
        }
        m_findEdit->insert(text);
        debounce->start();
    });
    // Enter: the next match, or a new search when the text changed (or new lines came).
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        if (m_findEdit->text() != m_search->text())
            find(m_findEdit->text());
        else
            findNext();
    });

    // Escape in the find field ends the search and goes back to the log.
    auto *endFind = new QAction(m_findEdit);
    endFind->setShortcut(QKeySequence(Qt::Key_Escape));
    endFind->setShortcutContext(Qt::WidgetShortcut);
    connect(endFind, &QAction::triggered, this, [this] {
        find(QString());
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    m_findEdit->addAction(endFind);

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("logFindPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setAccessibleName(tr("Previous match"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("logFindNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setAccessibleName(tr("Next match"));
    m_next->setToolTip(tr("Next match (F3, Enter)"));
    connect(m_previous, &QToolButton::clicked, this, &LogPane::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &LogPane::findNext);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("logFindCount"));
    m_count->setAccessibleName(tr("Matches"));

    m_timestamps = new QCheckBox(tr("T&imes"), this);
    m_timestamps->setObjectName(QStringLiteral("logTimestamps"));
    m_timestamps->setAccessibleName(tr("Show timestamps"));
    m_timestamps->setChecked(m_model->showTimestamps());
    connect(m_timestamps, &QCheckBox::toggled, this, &LogPane::setShowTimestamps);
    m_wrap = new QCheckBox(tr("&Wrap"), this);
    m_wrap->setObjectName(QStringLiteral("logWrap"));
    m_wrap->setAccessibleName(tr("Wrap long lines"));
    connect(m_wrap, &QCheckBox::toggled, this, &LogPane::setWrap);

    m_follow = new QToolButton(this);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setAccessibleName(tr("Follow the end of the log"));
    m_follow->setToolTip(tr("Follow the end of the log (End)"));
    connect(m_follow, &QToolButton::clicked, this, [this](bool on) { setFollowing(on); });

    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("logExport"));
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export the log to a file"));
    connect(m_export, &QToolButton::clicked, this, &LogPane::chooseExportFile);

    // Shortcuts of the whole pane (the view or the find field may have the focus).
    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::Find, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    addShortcut(QKeySequence(Qt::Key_F3), [this] { findNext(); });
    addShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] { findPrevious(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_serviceChoice);
    bar->addWidget(m_levelChoice);
    bar->addWidget(m_findEdit, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_count);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_wrap);
    bar->addWidget(m_follow);
    bar->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    m_status->setContentsMargins(4, 2, 4, 2);
    rebuildServiceChoice();
    onSearchCountChanged();
}

bool LogPane::eventFilter(QObject *watched, QEvent *event)
{
    // End in the list goes to the tail and follows it again (the view's own End would only
    // move the current row there).
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_End) {
        setFollowing(true);
        if (const int rows = m_model->rowCount(); rows > 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(rows - 1), QItemSelectionModel::NoUpdate);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

LogServiceFeed *LogPane::feed(const QString &service)
{
    for (const auto &feed : m_feeds) {
        if (feed->service() == service)
            return feed.get();
    }
    m_feeds.push_back(std::make_unique<LogServiceFeed>(service));
    LogServiceFeed *added = m_feeds.back().get();
    connect(added, &LogServiceFeed::ended, this, &LogPane::onFeedEnded);
    rebuildServiceChoice();
    // The first service shown is Directus's own log (or the first there is).
    if (m_feeds.size() == 1 || service == QLatin1String("directus"))
        showService(service);
    else if (m_shown.isEmpty())
        applyView();  // the merged view takes the new service in
    return added;
}

QStringList LogPane::services() const
{
    QStringList out;
    for (const auto &feed : m_feeds)
        out.append(feed->service());
    return out;
}

void LogPane::rebuildServiceChoice()
{
    m_serviceChoice->clear();
    for (const auto &feed : m_feeds)
        m_serviceChoice->addItem(serviceTitle(feed->service()), feed->service());
    if (m_feeds.size() != 1)
        m_serviceChoice->addItem(tr("All services"), QString());
    m_serviceChoice->setCurrentIndex(std::max(0, m_serviceChoice->findData(m_shown)));
    m_serviceChoice->setEnabled(m_feeds.size() > 1);
}

void LogPane::followStack(docker::EngineClient *client, const QList<Source> &sources)
{
    if (!client) {
        m_status->setText(tr("No engine: the log continues when it is back."));
        return;
    }
    if (sources.isEmpty()) {
        m_status->setText(tr("No container to show the log of."));
        return;
    }
    for (const Source &source : sources) {
        LogServiceFeed *f = feed(source.service);
        // A stopped container's log is read once; it is followed again once it runs.
        if (source.running || f->container() != source.container)
            f->follow(client, source.container);
    }
    m_status->setText(tr("Following the log."));
}

void LogPane::follow(docker::EngineClient *client, const QString &container, const QString &service)
{
    if (container.isEmpty()) {
        m_status->setText(tr("No Directus container to show the log of."));
        return;
    }
    followStack(client, {Source{service, container, true}});
}

void LogPane::clear()
{
    m_search->clear();
    m_model->clearSources();
    m_feeds.clear();
    m_shown.clear();
    rebuildServiceChoice();
    m_status->clear();
}

void LogPane::appendLines(const QString &service, const QList<docker::LogLine> &batch)
{
    feed(service)->append(batch);
}

QString LogPane::container() const
{
    for (const auto &feed : m_feeds) {
        if (feed->service() == QLatin1String("directus") || m_feeds.size() == 1)
            return feed->container();
    }
    return {};
}

void LogPane::showService(const QString &service)
{
    m_shown = service;
    m_serviceChoice->setCurrentIndex(std::max(0, m_serviceChoice->findData(service)));
    applyView();
}

// Points the model at the stores of the chosen view; the search starts over on the new rows.
void LogPane::applyView()
{
    m_model->clearSources();
    for (const auto &feed : m_feeds) {
        if (m_shown.isEmpty() || feed->service() == m_shown)
            m_model->addSource(feed->store(), feed->service());
    }
    if (!m_search->text().isEmpty())
        m_search->restart();
    if (m_model->follow())
        m_view->scrollToBottom();
}

void LogPane::setMinimumLevel(int comboIndex)
{
    if (comboIndex < 0 || comboIndex >= int(std::size(levelChoices)))
        return;
    if (m_levelChoice->currentIndex() != comboIndex)
        m_levelChoice->setCurrentIndex(comboIndex);  // calls back here once
    if (m_model->levelMask() == levelChoices[comboIndex].mask)
        return;
    m_model->setLevelMask(levelChoices[comboIndex].mask);
    // Matches are searched among the lines shown: a new filter is a new search.
    if (!m_search->text().isEmpty())
        m_search->restart();
}

void LogPane::setShowTimestamps(bool show)
{
    m_timestamps->setChecked(show);
    m_model->setShowTimestamps(show);
}

void LogPane::setWrap(bool wrap)
{
    m_wrap->setChecked(wrap);
    if (m_delegate->wrap() == wrap)
        return;
    m_delegate->setWrap(wrap);
    // Wrapped rows differ in height; the view measures those on screen only.
    m_view->setWrapping(wrap);
    if (m_model->follow())
        m_view->scrollToBottom();
}

void LogPane::setFollowing(bool follow)
{
    m_model->setFollow(follow);
    m_follow->setChecked(follow);
    if (follow)
        m_view->scrollToBottom();
}

bool LogPane::isFollowing() const
{
    return m_model->follow();
}

void LogPane::find(const QString &text)
{
    if (m_findEdit->text() != text)
        m_findEdit->setText(text);
    m_delegate->setHighlight(text);
    m_search->start(text);
    m_view->viewport()->update();
}

void LogPane::findNext()
{
    if (m_search->text() != m_findEdit->text())
        find(m_findEdit->text());
    else
        m_search->next();
}

void LogPane::findPrevious()
{
    if (m_search->text() != m_findEdit->text())
        find(m_findEdit->text());
    else
        m_search->previous();
}

void LogPane::onSearchCountChanged()
{
    m_count->setText(m_search->countText());
    const bool any = m_search->matchCount() > 0;
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
}

void LogPane::scrollToMatch(int row)
{
    m_delegate->setCurrentRow(row);
    if (row >= 0) {
        // Looking at a match is not looking at the tail: stop following, or the next lines
        // would carry the view away from it.
        m_model->setFollow(false);
        const QModelIndex index = m_model->index(row);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        m_view->setCurrentIndex(index);
    }
    m_view->viewport()->update();
}

void LogPane::chooseExportFile()
{
    // Non-modal and asynchronous: the log keeps following while the dialog is open.
    auto *dialog = new QFileDialog(this, tr("Export the log"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("log"));
    dialog->selectFile(m_shown.isEmpty() ? QStringLiteral("instance.log") : m_shown + QStringLiteral(".log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &LogPane::exportTo);
    dialog->open();
}

void LogPane::exportTo(const QString &fileName)
{
    if (fileName.isEmpty() || m_exporter->isRunning())
        return;
    m_model->flush();
    QStringList names;
    for (int i = 0; i < m_model->sourceCount(); ++i)
        names.append(m_model->serviceName(i));
    logs::LogExportOptions options;
    options.levels = m_model->levelMask();
    options.timestamps = m_model->showTimestamps();
    options.serviceNames = m_model->isMerged();
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    m_exporter->start(m_model->snapshots(), names, fileName, options);
}

void LogPane::onFeedEnded(const docker::EngineError &error)
{
    // The feed keeps its resume point: following again continues after the last line.
    auto *f = qobject_cast<LogServiceFeed *>(sender());
    const QString who = f ? serviceTitle(f->service()) : QString();
    if (error && error.kind != docker::EngineError::Kind::Cancelled)
        m_status->setText(tr("The %1 log stopped: %2").arg(who, error.sentence));
    else
        m_status->setText(tr("The %1 container stopped.").arg(who));
}

qsizetype LogPane::residentBytes() const
{
    qsizetype bytes = 0;
    for (const auto &feed : m_feeds)
        bytes += feed->store()->residentBytes() + feed->store()->indexBytes();
    return bytes;
}

qsizetype LogPane::memoryBound() const
{
    qsizetype bytes = 0;
    for (const auto &feed : m_feeds)
        bytes += feed->store()->memoryBudget() + feed->store()->indexBytes();
    return bytes;
}

} // namespace dd::ui
