# Windows (included by packaging/cpack.cmake before include(CPack)): an NSIS installer
# (`cpack -G NSIS`) or an MSI (`cpack -G WIX`) of everything `cmake --install` puts in place,
# with Qt and the other DLLs beside the executables (deploy.cmake). See README.md.
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Roster)
set(CPACK_PACKAGE_EXECUTABLES roster Roster)   # the Start-menu shortcut to bin\roster.exe

set(CPACK_NSIS_PACKAGE_NAME Roster)
set(CPACK_NSIS_DISPLAY_NAME Roster)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/roster.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/roster.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\roster.exe)   # the icon in Apps & features
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)   # offers to put bin\ (roster-cli) on PATH

set(CPACK_WIX_UPGRADE_GUID bf77b7d4-e3ef-4acc-adf9-465aa6d60ca7)   # never change it
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/roster.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Roster)
# WiX takes a licence only as .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)

# The MSVC runtime DLLs, beside the executables.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# Qt's and the libraries' DLLs once the executables are installed: deferred to the end of
# packaging/CMakeLists.txt, whose install rules must run first.
cmake_language(EVAL CODE
    "cmake_language(DEFER CALL include [[${CMAKE_CURRENT_LIST_DIR}/deploy.cmake]])")
