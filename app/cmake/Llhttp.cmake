# SPDX-License-Identifier: GPL-3.0-or-later
# llhttp frames the HTTP/1.1 responses of the Docker Engine.
# Order: an installed CMake package, then pkg-config, then the C sources that
# Debian's node-llhttp package installs (it ships no library), built as a small static target.
find_package(llhttp QUIET CONFIG)
if(TARGET llhttp::llhttp_static)
    add_library(dd_llhttp ALIAS llhttp::llhttp_static)
    return()
elseif(TARGET llhttp::llhttp_shared)
    add_library(dd_llhttp ALIAS llhttp::llhttp_shared)
    return()
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(LLHTTP QUIET IMPORTED_TARGET libllhttp)
    if(LLHTTP_FOUND)
        add_library(dd_llhttp ALIAS PkgConfig::LLHTTP)
        return()
    endif()
endif()

find_path(LLHTTP_SOURCE_DIR llhttp.c api.c http.c PATHS /usr/share/llhttp NO_DEFAULT_PATH)
find_path(LLHTTP_INCLUDE_DIR llhttp.h PATHS /usr/share/include/llhttp /usr/include/llhttp NO_DEFAULT_PATH)
if(NOT LLHTTP_SOURCE_DIR OR NOT LLHTTP_INCLUDE_DIR)
    message(FATAL_ERROR
        "llhttp was not found. Install it: on Debian/Ubuntu `apt install node-llhttp` "
        "(C sources under /usr/share/llhttp), elsewhere a package providing the llhttp CMake "
        "config or pkg-config file (Fedora: llhttp-devel, Arch: llhttp, vcpkg/Homebrew: llhttp).")
endif()
add_library(dd_llhttp STATIC
    ${LLHTTP_SOURCE_DIR}/llhttp.c ${LLHTTP_SOURCE_DIR}/api.c ${LLHTTP_SOURCE_DIR}/http.c)
target_include_directories(dd_llhttp SYSTEM PUBLIC ${LLHTTP_INCLUDE_DIR})
set_target_properties(dd_llhttp PROPERTIES POSITION_INDEPENDENT_CODE ON C_STANDARD 99)
