#include "python/MarkdownScanner.h"

namespace Pygen {

namespace {

qsizetype indentation(QStringView line)
{
    qsizetype count = 0;
    while (count < line.size() && (line.at(count) == u' ' || line.at(count) == u'\t'))
        ++count;
    return count;
}

qsizetype runLength(QStringView text, qsizetype from, QChar character)
{
    qsizetype end = from;
    while (end < text.size() && text.at(end) == character)
        ++end;
    return end - from;
}

// The heading level of an ATX heading line ("## Usage"), 0 when it is none.
int headingLevel(QStringView line)
{
    const qsizetype indent = indentation(line);
    if (indent > 3 || line.mid(0, indent).contains(u'\t'))
        return 0; // four spaces make an indented code block
    const qsizetype hashes = runLength(line, indent, u'#');
    if (hashes < 1 || hashes > 6)
        return 0;
    const qsizetype after = indent + hashes;
    if (after < line.size() && line.at(after) != u' ' && line.at(after) != u'\t')
        return 0; // "#hashtag"
    return int(hashes);
}

void collectCodeSpans(QStringView line, int lineNumber, QList<MarkdownCodeSpan> &spans)
{
    qsizetype position = 0;
    while (position < line.size()) {
        if (line.at(position) == u'\\') {
            position += 2; // an escaped backtick opens nothing
            continue;
        }
        if (line.at(position) != u'`') {
            ++position;
            continue;
        }
        const qsizetype opening = runLength(line, position, u'`');
        const qsizetype contentStart = position + opening;
        qsizetype search = contentStart;
        qsizetype closing = -1;
        while ((search = line.indexOf(u'`', search)) >= 0) {
            const qsizetype run = runLength(line, search, u'`');
            if (run == opening) {
                closing = search;
                break;
            }
            search += run;
        }
        if (closing < 0) {
            position = contentStart; // literal backticks
            continue;
        }
        spans.append({lineNumber, line.mid(contentStart, closing - contentStart).trimmed().toString()});
        position = closing + opening;
    }
}

} // namespace

MarkdownOutline MarkdownScanner::scan(const QString &markdown)
{
    MarkdownOutline outline;
    const QList<QStringView> lines = QStringView(markdown).split(u'\n');
    MarkdownCodeBlock *open = nullptr;
    qsizetype openIndent = 0;
    QStringList code;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QStringView line = lines.at(index);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int lineNumber = int(index + 1);
        const qsizetype indent = indentation(line);

        if (open) {
            const QChar fenceCharacter = open->fence.at(0);
            const qsizetype run = runLength(line, indent, fenceCharacter);
            if (run >= open->fence.size() && line.mid(indent + run).trimmed().isEmpty()) {
                open->closed = true;
                open->code = code.join(u'\n');
                open = nullptr;
                continue;
            }
            // Content loses as much indentation as its fence had (CommonMark does the same).
            code.append(line.mid(std::min(indentation(line), openIndent)).toString());
            continue;
        }

        if (indent < line.size() && (line.at(indent) == u'`' || line.at(indent) == u'~')) {
            const QChar fenceCharacter = line.at(indent);
            const qsizetype run = runLength(line, indent, fenceCharacter);
            const QStringView info = line.mid(indent + run).trimmed();
            // "```code```" on one line is an inline code span, not a fence.
            if (run >= 3 && !(fenceCharacter == u'`' && info.contains(u'`'))) {
                MarkdownCodeBlock block;
                block.fenceLine = lineNumber;
                block.fence = QString(run, fenceCharacter);
                // "python", "{.python}", "python title=x" → "python"
                QString language = info.split(u' ', Qt::SkipEmptyParts).value(0).toString().toLower();
                while (!language.isEmpty() && (language.front() == u'{' || language.front() == u'.'))
                    language.remove(0, 1);
                while (language.endsWith(u'}'))
                    language.chop(1);
                block.language = language;
                outline.codeBlocks.append(block);
                open = &outline.codeBlocks.last();
                openIndent = indent;
                code.clear();
                continue;
            }
        }

        if (const int level = headingLevel(line))
            outline.headings.append({lineNumber, level});
        collectCodeSpans(line, lineNumber, outline.codeSpans);
    }
    if (open)
        open->code = code.join(u'\n');
    return outline;
}

} // namespace Pygen
