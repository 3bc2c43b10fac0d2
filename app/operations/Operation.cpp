// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/Operation.h"

#include "core/Background.h"
#include "core/Logging.h"
#include "instance/InstanceStore.h"
#include "operations/InstanceLock.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#endif
#include <cstdlib>

namespace dd::operations {

namespace {

// The crash-safety tests' hook: die like a killed process, with no cleanup at all.
void crashIfAskedAfter(const QString &stepId)
{
    static const QString crashAfter = qEnvironmentVariable("DD_CRASH_AFTER_STEP");
    if (crashAfter.isEmpty() || crashAfter != stepId)
        return;
    qCWarning(ddOps, "DD_CRASH_AFTER_STEP=%s: killing this process now", qPrintable(stepId));
#ifdef Q_OS_UNIX
    std::raise(SIGKILL);
#endif
    std::_Exit(137);
}

} // namespace

Operation::Operation(JournalEntry entry, QString journalDirectory, QObject *parent)
    : QObject(parent)
    , m_entry(std::move(entry))
    , m_journalDirectory(std::move(journalDirectory))
    , m_writer(std::make_unique<QThreadPool>())
{
    // One writer thread: journal writes land in the order they were asked for.
    m_writer->setMaxThreadCount(1);
    m_resumed = m_entry.startedAt.isValid();  // a new entry gets its start time here
    m_entry.pid = QCoreApplication::applicationPid();
    if (!m_resumed)
        m_entry.startedAt = QDateTime::currentDateTimeUtc();
}

Operation::~Operation()
{
    m_writer->waitForDone();
}

JournalEntry Operation::newEntry(const QString &operation, const instance::InstanceSpec &spec)
{
    JournalEntry entry;
    entry.operation = operation;
    entry.instanceId = spec.id;
    entry.project = spec.name;
    entry.specYaml = instance::InstanceStore::serialize(spec);
    return entry;
}

QStringList Operation::stepIds() const
{
    QStringList ids;
    for (const Step &step : m_steps)
        ids.append(step.id);
    return ids;
}

void Operation::addStep(const QString &id, const QString &title, std::function<void()> run)
{
    m_steps.append({id, title, std::move(run)});
}

QString Operation::flag(const QString &name) const
{
    const QString prefix = name + QLatin1Char('=');
    for (const QString &f : m_entry.flags) {
        if (f.startsWith(prefix))
            return f.mid(prefix.size());
    }
    return {};
}

void Operation::setFlag(const QString &name, const QString &value)
{
    const QString prefix = name + QLatin1Char('=');
    m_entry.flags.removeIf([&prefix](const QString &f) { return f.startsWith(prefix); });
    m_entry.flags.append(prefix + value);
}

bool Operation::stepBegun(const QString &id) const
{
    for (const auto &step : m_entry.steps) {
        if (step.id == id)
            return true;
    }
    return false;
}

void Operation::start()
{
    m_lock = std::make_unique<InstanceLock>(m_journalDirectory, m_entry.instanceId);
    if (!m_lock->tryTake(m_entry.operation)) {
        m_finished = true;
        const QString why = m_lock->refusal(m_entry.project);
        const OperationResult refused = m_lock->refusedAsBusy() ? OperationResult::busyWith(why) : OperationResult::failure(why);
        qCInfo(ddOps, "%s %s refused: %s", qPrintable(m_entry.operation), qPrintable(m_entry.project),
               qPrintable(refused.sentence));
        // Queued, like every other end of an operation: callers connect after start().
        QTimer::singleShot(0, this, [this, refused] { Q_EMIT finished(refused); });
        return;
    }
    if (m_resumed) {
        // Another program may have recovered this entry between our reading it and taking the
        // lock: then its journal is gone (or is a newer operation's) and nothing is left to do.
        const std::optional<JournalEntry> current = Journal(m_journalDirectory).read(m_entry.instanceId);
        if (!current || current->startedAt != m_entry.startedAt || current->operation != m_entry.operation) {
            m_finished = true;
            m_lock.reset();
            OperationResult done = OperationResult::success();
            done.notes.append(QCoreApplication::translate("Operations", "Another program already finished the "
                                                                        "interrupted %1 of %2.").arg(m_entry.operation, m_entry.project));
            QTimer::singleShot(0, this, [this, done] { Q_EMIT finished(done); });
            return;
        }
    }
    runStep(0);
}

void Operation::runStep(int index)
{
    m_current = index;
    if (index >= m_steps.size()) {
        finishWith(OperationResult::success());
        return;
    }
    const Step &step = m_steps.at(index);
    m_entry.markBegun(step.id);
    writeJournal([this, index] {
        const Step &s = m_steps.at(index);
        qCInfo(ddOps, "%s %s: %s", qPrintable(m_entry.operation), qPrintable(m_entry.project), qPrintable(s.id));
        Q_EMIT stepStarted(s.id, s.title);
        s.run();
    });
}

void Operation::succeed()
{
    if (m_finished || m_finishing || m_current < 0 || m_current >= m_steps.size())
        return;
    const QString id = m_steps.at(m_current).id;
    m_entry.markDone(id);
    const int next = m_current + 1;
    writeJournal([this, id, next] {
        crashIfAskedAfter(id);
        Q_EMIT stepFinished(id);
        runStep(next);
    });
}

void Operation::succeedSkippingRest()
{
    if (m_finished || m_finishing || m_current < 0 || m_current >= m_steps.size())
        return;
    const QString id = m_steps.at(m_current).id;
    m_entry.markDone(id);
    writeJournal([this, id] {
        crashIfAskedAfter(id);
        Q_EMIT stepFinished(id);
        m_current = int(m_steps.size());
        finishWith(OperationResult::success());
    });
}

void Operation::fail(OperationResult failure)
{
    if (m_finished || m_finishing)
        return;
    m_finishing = true;
    if (failure.failedStep.isEmpty() && m_current >= 0 && m_current < m_steps.size())
        failure.failedStep = m_steps.at(m_current).id;
    qCWarning(ddOps, "%s %s failed at %s: %s", qPrintable(m_entry.operation), qPrintable(m_entry.project),
              qPrintable(failure.failedStep), qPrintable(failure.sentence));
    rollBack(failure, [this, failure](const QStringList &notes) mutable {
        failure.notes += notes;
        finishWith(failure);
    });
}

void Operation::recordCreated(QList<QString> JournalEntry::*list, const QString &name)
{
    if (!(m_entry.*list).contains(name))
        (m_entry.*list).append(name);
    writeJournal({});
}

void Operation::rollBack(const OperationResult &, std::function<void(QStringList)> done)
{
    done({});
}

void Operation::writeJournal(std::function<void()> then)
{
    const JournalEntry snapshot = m_entry;
    const QString directory = m_journalDirectory;
    runInBackground<QString>(
        this,
        [snapshot, directory] {
            QString error;
            Journal(directory).write(snapshot, &error);
            return error;
        },
        [this, then = std::move(then)](const QString &error) {
            if (!error.isEmpty()) {
                // Without a journal a crash could not be recovered: stop here rather than go on blind.
                if (!m_finished) {
                    m_finished = true;
                    Q_EMIT finished(OperationResult::failure(
                        QCoreApplication::translate("Operations", "Cannot write the operation journal: %1. "
                                                                  "Free some disk space or check the permissions of %2.")
                            .arg(error, m_journalDirectory)));
                }
                return;
            }
            if (then)
                then();
        },
        m_writer.get());
}

void Operation::finishWith(OperationResult result)
{
    if (m_finished)
        return;
    m_finishing = true;
    result.notes = m_notes + result.notes;
    // The operation is over, either way: its journal goes, so the next start finds nothing to
    // recover — unless it asked to keep it (keepJournal()) for a recovery that must come back.
    const QString directory = m_journalDirectory;
    const QString id = m_entry.instanceId;
    const bool keep = m_keepJournal;
    runInBackground<bool>(
        this, [directory, id, keep] { return keep || Journal(directory).remove(id); },
        [this, result](bool) {
            m_finished = true;
            m_lock.reset();  // the journal is gone: the instance is free for the next program
            Q_EMIT finished(result);
        },
        m_writer.get());
}

} // namespace dd::operations
