#include "TestData.h"

#include <QDir>
#include <QtTest/QTest>

QString TestData::path(const QString &name)
{
    return QDir(QStringLiteral(PYGEN_TEST_DATA_DIR)).filePath(name);
}

QString TestData::outputPath(const QString &name)
{
    const QString directory = qEnvironmentVariable("PYGEN_TEST_OUTPUT_DIR", QDir::currentPath());
    if (!QDir().mkpath(directory))
        qWarning("Cannot create the test output folder %s", qPrintable(directory));
    return QDir(directory).filePath(name);
}
