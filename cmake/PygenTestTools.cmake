# Programs the test suite runs. Missing ones stop the configuration with the package to install.
find_program(PYGEN_XVFB_RUN xvfb-run)
find_program(PYGEN_XAUTH xauth)
if(NOT PYGEN_XVFB_RUN OR NOT PYGEN_XAUTH)
    message(FATAL_ERROR
        "The screenshot tests need xvfb-run and xauth. Install them (Debian/Ubuntu: xvfb xauth; "
        "Fedora: xorg-x11-server-Xvfb xorg-x11-xauth) or configure with -DBUILD_TESTING=OFF.")
endif()
