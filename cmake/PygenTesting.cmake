# pygen_add_test(<name>
#     LABEL unit|integration|gui|bench
#     SOURCES <file>...
#     [LIBRARIES <target>...]
#     [DISPLAY offscreen|xvfb]        # default offscreen; xvfb runs it on a virtual X server
#     [TIMEOUT <seconds>])
#
# Adds one Qt Test executable (one test class) and its ctest entry; benchmarks report the median
# of seven runs. Every test gets its own configuration, cache and data folders in the build tree,
# so tests never touch the user's, nor the user's session bus: libdbus would otherwise try to
# autolaunch one, fail, and leak a buffer that LeakSanitizer rightly reports. QT_NO_XDG_DESKTOP_PORTAL: without a session bus, Qt's portal
# query never returns and its watcher object leaks, which LeakSanitizer would rightly report.
set(PYGEN_TEST_LABELS unit integration gui bench)

function(pygen_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "LABEL;DISPLAY;TIMEOUT" "SOURCES;LIBRARIES")
    if(NOT arg_LABEL IN_LIST PYGEN_TEST_LABELS)
        message(FATAL_ERROR "pygen_add_test(${name}): LABEL must be one of ${PYGEN_TEST_LABELS}")
    endif()
    if(NOT arg_SOURCES)
        message(FATAL_ERROR "pygen_add_test(${name}): SOURCES is required")
    endif()
    if(NOT arg_DISPLAY)
        set(arg_DISPLAY offscreen)
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()

    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/bin")

    if(arg_DISPLAY STREQUAL "xvfb")
        set(command "${PYGEN_XVFB_RUN}" --auto-servernum "--server-args=-screen 0 1600x1000x24 -nolisten tcp"
            "$<TARGET_FILE:${name}>")
        set(platform xcb)
    elseif(arg_DISPLAY STREQUAL "offscreen")
        set(command "$<TARGET_FILE:${name}>")
        set(platform offscreen)
    else()
        message(FATAL_ERROR "pygen_add_test(${name}): DISPLAY must be offscreen or xvfb")
    endif()
    if(arg_LABEL STREQUAL "bench")
        # The median of several runs, so one disturbed run does not make the figure.
        list(APPEND command -median 7)
    endif()
    add_test(NAME ${name} COMMAND ${command})

    set(home "${PROJECT_BINARY_DIR}/tests/home/${name}")
    set_tests_properties(${name} PROPERTIES
        LABELS ${arg_LABEL}
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT_MODIFICATION "LANGUAGE=unset:;LC_ALL=set:C.UTF-8;DISPLAY=unset:"
        ENVIRONMENT
            "QT_QPA_PLATFORM=${platform};QT_NO_XDG_DESKTOP_PORTAL=1;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache;XDG_DATA_HOME=${home}/data;XDG_STATE_HOME=${home}/state;PYGEN_TEST_OUTPUT_DIR=${PROJECT_BINARY_DIR}/tests/output;ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/pygen-no-session-bus")
endfunction()
