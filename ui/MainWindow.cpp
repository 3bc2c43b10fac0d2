#include "MainWindow.h"

#include "EngineBanner.h"
#include "EngineWatcher.h"
#include "InstanceListModel.h"
#include "InstancePage.h"
#include "core/AppPaths.h"
#include "core/Background.h"
#include "core/Logging.h"
#include "instance/InstanceStore.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

// ddui is a static library: its compiled-in resources (the icons) are only linked when
// something names them, and Q_INIT_RESOURCE must be called outside any namespace.
static void initDduiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace dd::ui {

namespace {

// What the store read found, handed from the worker thread to the UI thread.
struct StoreContents
{
    QList<instance::InstanceSpec> specs;
    QStringList errors;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new InstanceListModel(this))
    , m_engine(new EngineWatcher(this))
    , m_list(new QListView(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new EngineBanner(m_pages))
    , m_empty(new QLabel(m_pages))
    , m_page(new InstancePage(*m_engine, m_pages))
{
    initDduiResources();
    setWindowTitle(tr("Directus Desktop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/directus-desktop.svg")));

    m_list->setObjectName(QStringLiteral("instanceList"));
    m_list->setAccessibleName(tr("Instances"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rows elide instead of scrolling sideways: the full text is in the tooltip.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(220);

    m_pages->setObjectName(QStringLiteral("rightPages"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_banner);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_page);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 640});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    // Tab order: list first, then whatever the right side shows.
    setTabOrder(m_list, m_banner->retryButton());

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::showRightPage);

    connect(m_banner, &EngineBanner::retryRequested, m_engine, &EngineWatcher::retryNow);
    connect(m_engine, &EngineWatcher::attemptStarted, m_banner, &EngineBanner::setTrying);
    connect(m_engine, &EngineWatcher::retryScheduled, this, [this](int seconds) {
        // Each failed try may fail for another reason (the socket appeared, but is not ours to open).
        m_banner->setProblem(m_engine->problem());
        m_banner->setNextTryIn(seconds);
    });
    connect(m_engine, &EngineWatcher::stacksChanged, m_model, &InstanceListModel::setStacks);
    connect(m_engine, &EngineWatcher::stateChanged, this, [this](EngineState state) {
        m_banner->setProblem(m_engine->problem());
        m_model->setEngineState(state);
        showRightPage();
    });
    connect(m_page, &InstancePage::operationFinished, this, [this] {
        loadInstances();  // a start may have saved the spec again
        m_engine->refreshSoon();
    });

    resize(960, 640);
    showRightPage();
    loadInstances();
    m_engine->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::loadInstances()
{
    const QString directory = AppPaths::instancesDir();
    runInBackground<StoreContents>(
        this,
        [directory] {
            StoreContents contents;
            contents.specs = instance::InstanceStore(directory).list(&contents.errors);
            return contents;
        },
        [this](StoreContents contents) {
            for (const QString &error : contents.errors)
                qCWarning(ddUi) << error;
            if (!contents.errors.isEmpty())
                statusBar()->showMessage(contents.errors.join(QLatin1Char(' ')));
            m_model->setSpecs(contents.specs);
        });
}

void MainWindow::showRightPage()
{
    const EngineState state = m_engine->state();
    if (state == EngineState::Unreachable) {
        m_pages->setCurrentWidget(m_banner);
        return;
    }
    const int row = m_model->rowOf(m_selectedKey);
    if (const InstanceEntry *entry = m_model->entryAt(row)) {
        m_page->showEntry(*entry);
        m_pages->setCurrentWidget(m_page);
        return;
    }
    if (state == EngineState::Connecting)
        m_empty->setText(tr("Looking for a Docker engine…"));
    else
        m_empty->setText(m_model->rowCount() == 0 ? tr("No instances yet.") : tr("Select an instance."));
    m_pages->setCurrentWidget(m_empty);
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    m_selectedKey = current.data(InstanceListModel::KeyRole).toString();
    showRightPage();
}

void MainWindow::restoreSelection()
{
    int row = m_model->rowOf(m_selectedKey);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;  // the first instance rather than an empty page
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));  // calls selectionChanged()
    else
        selectionChanged();
}

} // namespace dd::ui
