// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineCall.h"
#include "docker/EngineEndpoint.h"

#include <QString>

#include <functional>

#include <optional>

namespace dd::test {

// The engine the engine-tier tests run against: DOCKER_HOST, as tests/run-all.sh exports it.
// Without it the test cannot run here; notRunWithoutEngine() says so loudly and exits 77,
// which ctest reports as "not run" (never as passed).
std::optional<docker::EngineEndpoint> testEngine();
docker::EngineEndpoint requireTestEngineOrExit();

// Waits (event loop running) until `call` finishes; returns its response.
docker::EngineResponse await(docker::EngineCall *call, int timeoutMs = 120000);

// Runs the event loop (without QTest::qWaitFor's 10 ms naps) until done() or the timeout.
bool runUntil(const std::function<bool()> &done, QObject *notifier = nullptr, int timeoutMs = 120000);

// A label every test object carries, so cleanup can find what a crashed run left behind.
inline constexpr auto kTestLabel = "org.directusdesktop.test";

// Unique names per run: tests may run in parallel with other test binaries.
QString uniqueName(const QString &prefix);

} // namespace dd::test
