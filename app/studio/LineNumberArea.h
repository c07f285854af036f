#pragma once

#include <QWidget>

namespace Pygen {

class CodeEditor;

// The gutter beside a CodeEditor's viewport; the editor does the painting because it knows the
// block geometry.
class LineNumberArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineNumberArea)

public:
    explicit LineNumberArea(CodeEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeEditor *m_editor;
};

} // namespace Pygen
