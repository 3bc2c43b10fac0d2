// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/DirectusVersion.h"
#include "registry/RegistrySource.h"
#include "registry/TagCatalogLoader.h"

namespace dd::registry {

// Where the app looks for Directus versions. Docker Hub by default; a mirror, a pull-through
// cache or GHCR when the user says so in settings.ini ("registry/url"), or DD_REGISTRY_URL
// (the tests point it at the loopback registry). A mirror keeps Docker Hub's names.
namespace RegistrySettings {

RegistrySource sourceFor(instance::ProductLine line);
// The loader settings the app uses everywhere: the tag cache in the app's data folder.
TagCatalogLoader::Settings loaderSettings(bool forceRefresh = false);

} // namespace RegistrySettings
} // namespace dd::registry
