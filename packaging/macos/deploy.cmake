# macOS: after `cmake --install` has put Roster.app in place, with roster-cli and roster-sandbox
# in its Contents/MacOS, macdeployqt (through Qt's deploy support) copies Qt's frameworks and
# plugins and the other libraries (QtKeychain, YAJL, ...) into the bundle and points all three
# executables at them. Run last in packaging/ (cpack.cmake defers it), after the install rules.
if(NOT ROSTER_BUILD_GUI)
    return()   # no Roster.app to deploy into
endif()
install(CODE "
    include(\"${QT_DEPLOY_SUPPORT}\")
    qt6_deploy_runtime_dependencies(
        EXECUTABLE Roster.app
        ADDITIONAL_EXECUTABLES Roster.app/Contents/MacOS/roster-cli
            Roster.app/Contents/MacOS/roster-sandbox
        NO_APP_STORE_COMPLIANCE)
")
