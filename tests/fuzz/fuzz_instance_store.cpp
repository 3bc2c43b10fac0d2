// SPDX-License-Identifier: GPL-3.0-or-later
// The instance YAML files (InstanceStore::parse). They live in the user's config folder where
// a person, a sync tool or a newer version may have written them. Checks: a refusal says why,
// and what is read is what is written back: serialize(parse(x)) reads as the same spec again.
#include "instance/InstanceStore.h"

#include <cstdint>

using namespace dd::instance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto spec = InstanceStore::parse(bytes, &error);
    if (!spec) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QByteArray written = InstanceStore::serialize(*spec);
    QString again;
    const auto reread = InstanceStore::parse(written, &again);
    if (!reread || !(*reread == *spec) || InstanceStore::serialize(*reread) != written)
        __builtin_trap();
    return 0;
}
