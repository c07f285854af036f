#pragma once

#include <QString>

// Where tests find their input files and put what they produce for people to look at.
class TestData final
{
public:
    // A file under tests/data in the source tree.
    static QString path(const QString &name);

    // A file under tests/output in the build tree (made if missing), such as a screenshot.
    static QString outputPath(const QString &name);
};
