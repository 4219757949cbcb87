# Windows: after `cmake --install` has put roster.exe, roster-cli.exe and roster-sandbox.exe into
# bin/, puts beside them what they load: Qt's DLLs and plugins (windeployqt, through Qt's deploy
# support, with a qt.conf) and the other DLLs (QtKeychain, YAJL, SQLite, ...), looked for in
# ROSTER_RUNTIME_DLL_DIRS. Run last in packaging/ (cpack.cmake defers it), after the install rules.
set(ROSTER_RUNTIME_DLL_DIRS "" CACHE PATH
    "Where the DLLs of Roster's libraries are (default: bin/ of each CMAKE_PREFIX_PATH entry, e.g. vcpkg's installed/x64-windows/bin)")
set(roster_dll_dirs ${ROSTER_RUNTIME_DLL_DIRS})
if(NOT roster_dll_dirs)
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND roster_dll_dirs ${prefix}/bin)
    endforeach()
endif()

set(roster_exes roster-cli roster-sandbox)
if(ROSTER_BUILD_GUI)
    list(PREPEND roster_exes roster)
endif()
list(POP_FRONT roster_exes roster_main_exe)
set(roster_more_exes)
foreach(exe IN LISTS roster_exes)
    list(APPEND roster_more_exes "\"\${QT_DEPLOY_BIN_DIR}/${exe}.exe\"")
endforeach()
string(JOIN " " roster_more_exes ${roster_more_exes})
string(REPLACE "\${QT_DEPLOY_BIN_DIR}" "\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_BIN_DIR}"
    roster_more_exe_paths "${roster_more_exes}")
list(TRANSFORM roster_dll_dirs REPLACE "(.+)" "\"\\1\"")
string(JOIN " " roster_dll_dirs ${roster_dll_dirs})

install(CODE "
    include(\"${QT_DEPLOY_SUPPORT}\")
    qt6_deploy_runtime_dependencies(
        EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/${roster_main_exe}.exe\"
        ADDITIONAL_EXECUTABLES ${roster_more_exes}
        GENERATE_QT_CONF)

    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_BIN_DIR}/${roster_main_exe}.exe\"
            ${roster_more_exe_paths}
        DIRECTORIES ${roster_dll_dirs}
        PRE_EXCLUDE_REGEXES [[^api-ms-]] [[^ext-ms-]] [[^Qt6]]
        POST_EXCLUDE_REGEXES [[.*[/\\\\][Ss]ystem32[/\\\\].*]]
        RESOLVED_DEPENDENCIES_VAR roster_dlls
        UNRESOLVED_DEPENDENCIES_VAR roster_missing)
    if(roster_missing)
        message(WARNING \"DLLs not found (set ROSTER_RUNTIME_DLL_DIRS): \${roster_missing}\")
    endif()
    if(roster_dlls)
        file(INSTALL \${roster_dlls} DESTINATION \"\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_BIN_DIR}\")
    endif()
")
