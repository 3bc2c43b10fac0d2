#include "LogPane.h"

#include "docker/EngineClient.h"
#include "docker/LogStream.h"
#include "logs/LogListModel.h"
#include "logs/LogStore.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace dd::ui {

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new logs::LogListModel(this))
{
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Container log"));
    // Uniform rows: the view never measures a million lines to lay them out.
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::SinglePass);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_model);
    m_status->setAccessibleName(tr("Log status"));

    connect(m_model, &logs::LogListModel::rowsAppended, this, [this] {
        if (m_model->follow())
            m_view->scrollToBottom();
    });
    // Scrolling away from the bottom unfollows; back at the bottom follows again.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_model->setFollow(value >= m_view->verticalScrollBar()->maximum());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

LogPane::~LogPane()
{
    stopStream();
    m_model->clearSources();
}

void LogPane::follow(docker::EngineClient *client, const QString &container, const QString &service)
{
    if (!client || container.isEmpty()) {
        stopStream();
        m_status->setText(container.isEmpty() ? tr("No Directus container to show the log of.") : tr("No engine."));
        return;
    }
    if (container == m_container && m_stream && !m_stream->isFinished())
        return;  // already following it
    docker::LogOptions options;
    if (container == m_container && m_stream) {
        options = m_stream->resumeOptions();  // continue after the last line shown
    } else {
        clear();
        m_store = std::make_unique<logs::LogStore>();
        m_model->addSource(m_store.get(), service);
    }
    stopStream();
    m_container = container;
    m_stream = client->logs(container, options);
    m_stream->setParent(this);
    connect(m_stream, &docker::LogStream::lines, this, [this, stream = m_stream.data()](const QList<docker::LogLine> &batch) {
        if (stream == m_stream.data() && m_store)
            m_store->append(batch);
    });
    connect(m_stream, &docker::LogStream::finished, this, [this, stream = m_stream.data()](const docker::EngineError &error) {
        if (stream == m_stream.data())
            onFinished(error);
    });
    m_status->setText(tr("Following the log."));
}

void LogPane::clear()
{
    stopStream();
    m_model->clearSources();
    m_store.reset();
    m_container.clear();
    m_status->clear();
}

void LogPane::onFinished(const docker::EngineError &error)
{
    // The stream object is kept: its resumeOptions() continue the log when the container runs again.
    m_status->setText(error ? tr("The log stopped: %1").arg(error.sentence) : tr("The container stopped."));
}

void LogPane::stopStream()
{
    // Forgotten before it is cancelled, so its last finished() is ignored (see onFinished).
    QPointer<docker::LogStream> stream = m_stream;
    m_stream = nullptr;
    if (!stream)
        return;
    if (!stream->isFinished())
        stream->cancel();
    stream->deleteLater();
}

} // namespace dd::ui
