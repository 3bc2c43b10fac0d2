#pragma once

#include <QCoreApplication>

namespace dd::secrets {

// One translation context for the secrets subsystem: Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)
};

} // namespace dd::secrets
