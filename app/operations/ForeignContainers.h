// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// The containers of a compose project that this app did not make: the user's own stack, brought
// up with docker compose from the Directus guide's file. A take-over sets them aside (stopped and
// renamed, untouched otherwise) while the app's own containers start on the same data, removes
// them once that worked, and puts them back as they were when it did not.
//
// Each container set aside is remembered as one record, "<name>:<running|stopped>", which the
// take-over keeps in its journal: a crash midway leaves enough on disk to finish or undo it.
class ForeignContainers : public QObject
{
    Q_OBJECT
public:
    ForeignContainers(docker::EngineClient &engine, QString project, QString instanceId, QObject *parent = nullptr);

    static QString asideName(const QString &name);  // "<name>-before-takeover"
    static QString recordPrefix() { return QStringLiteral("aside:"); }

    // Stops and renames every foreign container of the project. record() is called for each
    // one before it is touched; done gets "" or a sentence. Containers already set aside by an
    // interrupted run are recorded again and left as they are.
    void setAside(std::function<void(const QString &record)> record, std::function<void(QString error)> done);
    // Removes the containers set aside (their anonymous volumes stay; notes name them).
    void remove(QStringList records, std::function<void(QStringList notes)> done);
    // Renames them back and starts the ones that were running.
    void restore(QStringList records, std::function<void(QStringList notes)> done);

private:
    void setAsideNext(QList<QPair<QString, bool>> pending, std::function<void(const QString &)> record,
                      std::function<void(QString)> done);
    void removeNext(QStringList names, QStringList notes, std::function<void(QStringList)> done);
    void restoreNext(QStringList records, QStringList notes, std::function<void(QStringList)> done);

    docker::EngineClient &m_engine;
    QString m_project;
    QString m_instanceId;
};

} // namespace dd::operations
