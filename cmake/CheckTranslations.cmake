# Fails when a translation is unfinished or obsolete against the current sources.
# Runs lupdate on a copy of each .ts file (the sources' own are never touched) with the project
# description qt_add_translations generates, then counts what lupdate left to do.
#   cmake -DLUPDATE=… -DPROJECT_IN=<…_lupdate_project.cmake> -DGENERATOR=<GenerateLUpdateProject.cmake>
#         -DWORK_DIR=… -DTS_FILES="a.ts;b.ts" -P CheckTranslations.cmake
foreach(variable LUPDATE PROJECT_IN GENERATOR WORK_DIR TS_FILES)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${variable}=…")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(project_json "${WORK_DIR}/project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${project_json} -P "${GENERATOR}"
    RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "Could not describe the sources for lupdate (${generated}).")
endif()
file(READ "${project_json}" description)

set(problems "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    # Only this copy is updated: the description's own list names the source tree's files.
    string(REGEX REPLACE "\"translations\": \\[[^]]*\\]" "\"translations\": [ \"${copy}\" ]" single "${description}")
    set(single_json "${WORK_DIR}/${name}.project.json")
    file(WRITE "${single_json}" "${single}")
    execute_process(COMMAND "${LUPDATE}" -project "${single_json}" -locations none
        RESULT_VARIABLE updated OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT updated EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${name}:\n${output}")
    endif()
    file(READ "${copy}" text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    string(REGEX MATCHALL "type=\"(obsolete|vanished)\"" obsolete "${text}")
    list(LENGTH unfinished unfinished_count)
    list(LENGTH obsolete obsolete_count)
    message(STATUS "${name}: ${unfinished_count} unfinished, ${obsolete_count} obsolete")
    if(unfinished_count GREATER 0 OR obsolete_count GREATER 0)
        # Semicolons would split the list of examples.
        string(REPLACE ";" "," text "${text}")
        string(REGEX MATCHALL "<source>[^<]*</source>\n[^\n]*type=\"(unfinished|obsolete|vanished)\"" examples "${text}")
        list(SUBLIST examples 0 10 examples)
        list(JOIN examples "\n" listed)
        string(APPEND problems
            "${name}: ${unfinished_count} unfinished and ${obsolete_count} obsolete messages. Run\n"
            "  cmake --build build/dev --target update_translations\n"
            "then translate them (Qt Linguist) and drop the obsolete ones. First few:\n${listed}\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
