# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: a .deb on Linux. The macOS bundle/DMG and the Windows installer
# generators are configured here too, but have not been run yet (see README).
install(FILES ${PROJECT_SOURCE_DIR}/resources/org.directusdesktop.DirectusDesktop.desktop
        DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/directus-desktop.svg
        DESTINATION share/icons/hicolor/scalable/apps RENAME org.directusdesktop.DirectusDesktop.svg)

set(CPACK_PACKAGE_NAME directus-desktop)
set(CPACK_PACKAGE_VENDOR "Directus Desktop contributors")
set(CPACK_PACKAGE_CONTACT "Directus Desktop contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker.io | podman-docker, gnome-keyring")
    set(CPACK_DEBIAN_PACKAGE_SECTION devel)
endif()
include(CPack)
