# The packages `cpack` makes from the build tree: on Linux a Debian package (`cpack -G DEB`),
# on Windows and macOS what windows/cpack.cmake and macos/cpack.cmake choose.
set(CPACK_PACKAGE_NAME roster)
set(CPACK_PACKAGE_VENDOR "The Roster authors")
set(CPACK_PACKAGE_CONTACT "Roster maintainers <maintainers@roster.dev>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://roster.dev")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Admin console for passwordless communities")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME roster)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the window's platform plugins, Qt Sql's
# SQLite driver and libsecret (QtKeychain opens it for the Secret Service). Qt SVG's icon engine
# comes with libqt6svg6, which the window links; the TLS and image format plugins come with
# libqt6network6 and libqt6gui6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY's.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [[
Roster manages the members of communities on Heartbeat, Forward and Beam.gg:
it keeps a local roster of every workspace's members, searches and sorts
thousands of them at once, edits and provisions members, imports them from
CSV files within the provider's rate limits, and hands out one-off login
links. API keys stay in the desktop's keychain.

This package holds the Roster window (roster), its command line
(roster-cli) and a local sandbox of the three providers (roster-sandbox)
for trying Roster out without touching a real community.]])

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/cpack.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/cpack.cmake)
endif()

include(CPack)
