// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace dd::docker {
class EngineClient;
class LogStream;
}

namespace dd::ui {

// One container's log for a progress view (the wizard's create page, the upgrade dialog): the
// last lines and then every new one, Directus' JSON lines shown as "<service> | <level> <message>".
// A step starts before its container exists, so a container the engine does not know yet is
// looked for again every second until stop() or follow() of another one.
class ContainerLogTail : public QObject
{
    Q_OBJECT
public:
    explicit ContainerLogTail(QObject *parent = nullptr);
    ~ContainerLogTail() override;

    void follow(docker::EngineClient *engine, const QString &container, const QString &service);
    void stop();

Q_SIGNALS:
    void line(const QString &text);

private:
    void open();

    QPointer<docker::EngineClient> m_engine;
    QString m_container;
    QString m_service;
    QPointer<docker::LogStream> m_stream;
};

} // namespace dd::ui
