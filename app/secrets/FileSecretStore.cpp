// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/FileSecretStore.h"

#include "secrets/SecretFile.h"
#include "secrets/SecretsTr.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>

namespace dd::secrets {

namespace {

// Read-modify-write of the file must not interleave, also not between two stores that were
// given the same path.
QMutex &fileMutex()
{
    static QMutex mutex;
    return mutex;
}

SecretResult readEntry(const QString &path, const QString &key)
{
    QMutexLocker lock(&fileMutex());
    SecretFile::Entries entries;
    if (SecretResult loaded = SecretFile::load(path, &entries); !loaded.ok())
        return loaded;
    const auto it = entries.constFind(key);
    if (it == entries.cend()) {
        return SecretResult::failure(SecretResult::Error::NotFound,
                                     Tr::tr("The password file has no entry named %1.").arg(key));
    }
    return SecretResult::success(it.value());
}

SecretResult writeEntry(const QString &path, const QString &key, const QByteArray &value)
{
    QMutexLocker lock(&fileMutex());
    SecretFile::Entries entries;
    // A damaged file is not overwritten: it may hold passwords the user can still recover.
    if (SecretResult loaded = SecretFile::load(path, &entries); !loaded.ok())
        return loaded;
    entries.insert(key, value);
    return SecretFile::save(path, entries);
}

SecretResult removeEntry(const QString &path, const QString &key)
{
    QMutexLocker lock(&fileMutex());
    SecretFile::Entries entries;
    if (SecretResult loaded = SecretFile::load(path, &entries); !loaded.ok())
        return loaded;
    if (entries.remove(key) == 0)
        return SecretResult::success();  // already gone: what the caller wanted
    return SecretFile::save(path, entries);
}

} // namespace

FileSecretStore::FileSecretStore(QString filePath)
    : m_path(std::move(filePath))
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(1);
}

FileSecretStore::~FileSecretStore() = default;

SecretJob *FileSecretStore::read(const QString &key)
{
    return start(new SecretJob(SecretJob::Operation::Read, key),
                 [path = m_path, key] { return readEntry(path, key); });
}

SecretJob *FileSecretStore::write(const QString &key, const QByteArray &value)
{
    return start(new SecretJob(SecretJob::Operation::Write, key),
                 [path = m_path, key, value] { return writeEntry(path, key, value); });
}

SecretJob *FileSecretStore::remove(const QString &key)
{
    return start(new SecretJob(SecretJob::Operation::Remove, key),
                 [path = m_path, key] { return removeEntry(path, key); });
}

SecretJob *FileSecretStore::start(SecretJob *job, std::function<SecretResult()> work)
{
    // The watcher belongs to the job and delivers in the job's thread, from its event loop:
    // never inside this call, and never to a job that no longer exists.
    auto promise = std::make_shared<QPromise<SecretResult>>();
    auto *watcher = new QFutureWatcher<SecretResult>(job);
    QObject::connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher] {
        if (watcher->future().resultCount() > 0) {
            job->finish(watcher->result());
        } else {
            job->finish(SecretResult::failure(SecretResult::Error::Other,
                                              Tr::tr("The password file operation was cancelled.")));
        }
    });
    watcher->setFuture(promise->future());
    m_pool->start([promise, work = std::move(work)] {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
    return job;
}

} // namespace dd::secrets
