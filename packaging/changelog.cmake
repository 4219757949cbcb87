# changelog.gz in the build directory, which a Debian package must have in share/doc/roster: this
# version's entry of the metainfo's <releases> (linux/dev.roster.Roster.metainfo.xml) in Debian's
# changelog format. Sets roster_release_year.
file(READ ${CMAKE_CURRENT_LIST_DIR}/linux/dev.roster.Roster.metainfo.xml metainfo)
string(REPLACE "." "\\." version_regex ${PROJECT_VERSION})
string(REGEX MATCH "<release version=\"${version_regex}\" date=\"([0-9]+)-([0-9]+)-([0-9]+)\">[^<]*<description>[^<]*<p>([^<]*)</p>"
    release "${metainfo}")
if(release)
    set(year ${CMAKE_MATCH_1})
    math(EXPR month "${CMAKE_MATCH_2}")
    math(EXPR day "${CMAKE_MATCH_3}")
    string(REGEX REPLACE "[ \n]+" " " notes "${CMAKE_MATCH_4}")
    string(STRIP "${notes}" notes)
else()
    message(WARNING "${CMAKE_CURRENT_LIST_DIR}/linux/dev.roster.Roster.metainfo.xml has no "
        "<release version=\"${PROJECT_VERSION}\" date=...> with a description: the changelog "
        "says only the version")
    string(TIMESTAMP year "%Y" UTC)
    string(TIMESTAMP month "%m" UTC)
    string(TIMESTAMP day "%d" UTC)
    math(EXPR month "${month}")
    math(EXPR day "${day}")
    set(notes "Roster ${PROJECT_VERSION}.")
endif()

# RFC 5322's date, whose weekday CMake cannot compute from a date (Sakamoto's method).
set(month_offsets 0 3 2 5 0 3 5 1 4 6 2 4)
math(EXPR offset_index "${month} - 1")
list(GET month_offsets ${offset_index} month_offset)
set(weekday_year ${year})
if(month LESS 3)
    math(EXPR weekday_year "${year} - 1")
endif()
math(EXPR weekday "(${weekday_year} + ${weekday_year} / 4 - ${weekday_year} / 100 + ${weekday_year} / 400 + ${month_offset} + ${day}) % 7")
set(weekday_names Sun Mon Tue Wed Thu Fri Sat)
set(month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(GET weekday_names ${weekday} weekday_name)
list(GET month_names ${offset_index} month_name)
if(day LESS 10)
    set(day 0${day})
endif()

# The notes wrapped at 80 columns, after "  * ".
string(REPLACE " " ";" words "${notes}")
set(lines "")
set(line "")
foreach(word IN LISTS words)
    string(LENGTH "${line} ${word}" length)
    if(line AND length GREATER 76)
        string(APPEND lines "${line}\n   ")
        set(line "")
    endif()
    string(APPEND line " ${word}")
endforeach()
string(APPEND lines "${line}")

set(changelog ${CMAKE_CURRENT_BINARY_DIR}/changelog)
file(WRITE ${changelog} "roster (${PROJECT_VERSION}) stable; urgency=medium\n\n  *${lines}\n\n"
    " -- ${CPACK_PACKAGE_CONTACT}  ${weekday_name}, ${day} ${month_name} ${year} 00:00:00 +0000\n")
find_program(GZIP gzip REQUIRED)
execute_process(COMMAND ${GZIP} -9nc ${changelog} OUTPUT_FILE ${changelog}.gz COMMAND_ERROR_IS_FATAL ANY)
set(roster_release_year ${year})
