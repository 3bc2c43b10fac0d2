// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON the engine answers with, through the code that reads it: /events messages
// (EngineEvent), /stats samples (ContainerStats), /containers/json lists (DiscoveredStack),
// error bodies (EngineError) and the Api-Version header (ApiVersion). An engine endpoint can
// be any socket or tcp:// host the user points at, so none of it is trusted.
// The first byte picks the HTTP status of the error body; the rest is the reply.
#include "docker/ApiVersion.h"
#include "docker/EngineError.h"
#include "docker/EventStream.h"
#include "docker/StatsStream.h"
#include "operations/DiscoveredStack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>

using namespace dd::docker;
using dd::operations::DiscoveredStack;
using dd::operations::StackContainer;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

void checkStacks(const QJsonArray &entries)
{
    const QList<DiscoveredStack> stacks = DiscoveredStack::fromContainerList(entries);
    qsizetype containers = 0;
    for (qsizetype i = 0; i < stacks.size(); ++i) {
        const DiscoveredStack &stack = stacks[i];
        check(!stack.containers.isEmpty());
        check(i == 0 || stacks[i - 1].project <= stack.project);  // sorted by project name
        containers += stack.containers.size();
        // Start order keeps every container.
        const QList<StackContainer> order = DiscoveredStack::startOrder(stack.containers);
        check(order.size() == stack.containers.size());
        (void)stack.directus();
        (void)stack.directusVersion();
        (void)stack.productLine();
        (void)stack.url();
        check(!DiscoveredStack::stateKey(stack.state()).isEmpty());
    }
    check(containers <= entries.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int status = 400 + data[0] % 128;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    const EngineError error = EngineError::fromHttp(status, body, QStringLiteral("container blog-directus-1"));
    check(!error.ok() && !error.sentence.isEmpty());

    if (const auto version = ApiVersion::parse(QString::fromUtf8(body))) {
        check(version->major >= 0 && version->minor >= 0);
        if (const auto agreed = ApiVersion::negotiate(*version))
            check(*agreed >= ApiVersion::minimum() && *agreed <= ApiVersion::maximum() && *agreed <= *version);
    }

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray()) {
        checkStacks(doc.array());
        for (const QJsonValue &v : doc.array())
            (void)StackContainer::fromListEntry(v.toObject());
    } else if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const EngineEvent event = EngineEvent::fromJson(object);
        (void)event;
        const ContainerStats stats = ContainerStats::fromJson(object);
        if (stats.cpuKnown)
            check(std::isfinite(stats.cpuPercent) && stats.cpuPercent >= 0);
        else
            check(stats.cpuPercent == 0);
        const StackContainer container = StackContainer::fromListEntry(object);
        (void)container.isRunning();
        (void)container.isDirectus();
        checkStacks(QJsonArray{object});
    }
    return 0;
}
