# macOS (included by packaging/cpack.cmake before include(CPack)): a disk image with Roster.app
# and a link to /Applications (`cpack -G DragNDrop`). Roster.app holds roster-cli and
# roster-sandbox too, and Qt's frameworks and plugins (deploy.cmake). See README.md.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Roster)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_LIST_DIR}/roster.icns)   # the disk image's icon
set(CPACK_PACKAGE_FILE_NAME Roster-${PROJECT_VERSION})

# macdeployqt once Roster.app is installed: deferred to the end of packaging/CMakeLists.txt,
# whose install rules must run first.
cmake_language(EVAL CODE
    "cmake_language(DEFER CALL include [[${CMAKE_CURRENT_LIST_DIR}/deploy.cmake]])")
