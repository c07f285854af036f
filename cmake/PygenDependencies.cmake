# The libraries Pygen Studio builds against. packaging/dependency-probe includes this file as well,
# which is how packaging/dev-env tells whether a host can build natively.
find_package(Qt6 6.5 REQUIRED COMPONENTS Core Gui Widgets Network Concurrent Svg Test LinguistTools)
find_package(KF6SyntaxHighlighting 6.0 REQUIRED)
find_package(QuaZip-Qt6 1.3 REQUIRED)
find_package(Qt6Keychain 0.13 REQUIRED)
