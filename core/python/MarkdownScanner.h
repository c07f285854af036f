#pragma once

#include <QList>
#include <QString>

namespace Pygen {

struct MarkdownHeading
{
    int line = 0; // 1-based
    int level = 0; // 1 to 6
};

struct MarkdownCodeBlock
{
    int fenceLine = 0; // the opening fence's line; code line N is Markdown line fenceLine + N
    QString fence; // "```", "~~~~"
    QString language; // first word of the info string, lower case: "python", "pycon", ""
    QString code; // without the fence's indentation, lines joined with '\n'
    bool closed = false;
};

struct MarkdownCodeSpan
{
    int line = 0;
    QString code;
};

struct MarkdownOutline
{
    QList<MarkdownHeading> headings;
    QList<MarkdownCodeBlock> codeBlocks;
    QList<MarkdownCodeSpan> codeSpans; // inline `code` outside code blocks
};

// A line-by-line reading of Markdown, just enough for MarkdownChecker: ATX headings, fenced code
// blocks and inline code spans. Fences follow CommonMark (``` or ~~~, at least three; closed only
// by at least as many of the same character with nothing after them), except that any indentation
// is accepted, so fences nested in list items are found too. Setext headings, HTML blocks and code
// spans that run over a line break are not looked for.
class MarkdownScanner final
{
public:
    static MarkdownOutline scan(const QString &markdown);
};

} // namespace Pygen
