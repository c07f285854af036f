#include "CodeExtractor.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// A line that opens or closes a fenced block, as in CommonMark: at most three spaces of
// indentation, three or more backticks or tildes, then an optional info string.
struct Fence
{
    QChar character;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString info; // trimmed; empty for a bare fence
    QString tag; // the info string's language word in lower case: "python", "toml" …

    bool isBare() const { return info.isEmpty(); }
};

std::optional<Fence> fenceOf(const QString &line)
{
    qsizetype position = 0;
    while (position < line.size() && line.at(position) == QLatin1Char(' '))
        ++position;
    if (position > 3 || position >= line.size())
        return std::nullopt;
    const QChar character = line.at(position);
    if (character != QLatin1Char('`') && character != QLatin1Char('~'))
        return std::nullopt;
    qsizetype length = 0;
    while (position + length < line.size() && line.at(position + length) == character)
        ++length;
    if (length < 3)
        return std::nullopt;
    Fence fence{character, length, position, line.mid(position + length).trimmed(), {}};
    // "```x```" on one line is inline code, not a fence.
    if (character == QLatin1Char('`') && fence.info.contains(QLatin1Char('`')))
        return std::nullopt;
    // "python title=\"x.py\"", "{.python}", "python:src/x.py", "py{linenos}".
    QString tag = fence.info.toLower();
    qsizetype start = 0;
    while (start < tag.size() && (tag.at(start) == QLatin1Char('{') || tag.at(start) == QLatin1Char('.')))
        ++start;
    qsizetype end = start;
    while (end < tag.size() && !tag.at(end).isSpace() && tag.at(end) != QLatin1Char(':')
           && tag.at(end) != QLatin1Char('{') && tag.at(end) != QLatin1Char('}') && tag.at(end) != QLatin1Char(','))
        ++end;
    fence.tag = tag.mid(start, end - start);
    return fence;
}

// LF line ends, no byte order mark.
QString normalized(const QString &text)
{
    QString result = text;
    if (result.startsWith(QChar(0xfeff)))
        result.remove(0, 1);
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result;
}

struct Lines
{
    explicit Lines(const QString &text)
        : lines(text.split(QLatin1Char('\n')))
    {
        fences.reserve(lines.size());
        for (const QString &line : std::as_const(lines))
            fences.append(fenceOf(line));
    }

    qsizetype size() const { return lines.size(); }

    QStringList lines;
    QList<std::optional<Fence>> fences;
};

bool isBlank(const QString &line)
{
    for (const QChar character : line) {
        if (!character.isSpace())
            return false;
    }
    return true;
}

struct Closing
{
    qsizetype line = -1; // -1: the block runs to the end of the text
    int depthAtEnd = 0; // nested blocks still open at the end of the text
};

// Where the block opened at line `opener` closes. Inside it only fences of the same character and
// at least the same length matter: one with an info string opens a nested block (a docstring or
// a README with its own examples), a bare one closes the innermost. `forcedOpenings` bare fences
// that would close the block are taken as opening nested blocks instead.
Closing findClosing(const Lines &lines, qsizetype opener, int forcedOpenings = 0)
{
    const Fence &open = *lines.fences.at(opener);
    int depth = 0;
    for (qsizetype index = opener + 1; index < lines.size(); ++index) {
        const std::optional<Fence> &fence = lines.fences.at(index);
        if (!fence || fence->character != open.character || fence->length < open.length)
            continue;
        if (!fence->isBare() || forcedOpenings > 0) {
            if (fence->isBare())
                --forcedOpenings;
            ++depth;
        } else if (depth > 0) {
            --depth;
        } else {
            return {index, 0};
        }
    }
    return {-1, depth};
}

struct Block
{
    qsizetype opener = 0;
    Closing closing;
};

QList<Block> parseBlocks(const Lines &lines)
{
    QList<Block> blocks;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        if (!lines.fences.at(index))
            continue;
        const Closing closing = findClosing(lines, index);
        blocks.append({index, closing});
        if (closing.line < 0)
            break;
        index = closing.line;
    }
    return blocks;
}

QString suffixOf(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.mid(dot + 1).toLower() : QString();
}

// The info-string words that name the language of `path`.
QStringList languageTags(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1).toLower();
    const QString suffix = suffixOf(path);
    static const QList<std::pair<QStringList, QStringList>> languages = {
        {{u"py"_s, u"pyi"_s, u"pyw"_s}, {u"python"_s, u"py"_s, u"python3"_s, u"py3"_s, u"pyi"_s}},
        {{u"toml"_s}, {u"toml"_s}},
        {{u"md"_s, u"markdown"_s}, {u"markdown"_s, u"md"_s, u"gfm"_s}},
        {{u"rst"_s}, {u"rst"_s, u"restructuredtext"_s}},
        {{u"txt"_s}, {u"text"_s, u"txt"_s, u"plaintext"_s, u"plain"_s}},
        {{u"cfg"_s, u"ini"_s}, {u"ini"_s, u"cfg"_s, u"dosini"_s}},
        {{u"yaml"_s, u"yml"_s}, {u"yaml"_s, u"yml"_s}},
        {{u"json"_s}, {u"json"_s, u"jsonc"_s}},
        {{u"sh"_s, u"bash"_s}, {u"bash"_s, u"sh"_s, u"shell"_s}},
        {{u"html"_s, u"htm"_s}, {u"html"_s}},
        {{u"css"_s}, {u"css"_s}},
        {{u"js"_s, u"mjs"_s}, {u"javascript"_s, u"js"_s}},
        {{u"c"_s, u"h"_s}, {u"c"_s}},
        {{u"cpp"_s, u"hpp"_s, u"cc"_s}, {u"cpp"_s, u"c++"_s}},
    };
    for (const auto &[suffixes, tags] : languages) {
        if (suffixes.contains(suffix))
            return tags;
    }
    if (name == QLatin1String(".gitignore"))
        return {u"gitignore"_s};
    if (name == QLatin1String("makefile"))
        return {u"makefile"_s, u"make"_s};
    if (name == QLatin1String("dockerfile"))
        return {u"dockerfile"_s, u"docker"_s};
    return {};
}

// Tags that say nothing about the language.
bool isNeutralTag(const QString &tag)
{
    static const QStringList neutral = {QString(),  u"text"_s, u"txt"_s, u"plaintext"_s,
                                        u"plain"_s, u"code"_s, u"file"_s};
    return neutral.contains(tag);
}

bool isFileNameCharacter(QChar character)
{
    return character.isLetterOrNumber() || character == QLatin1Char('_') || character == QLatin1Char('-')
        || character == QLatin1Char('.') || character == QLatin1Char('/');
}

// Whether `text` names `path` or its file name as a whole word ("x.py" is not in "test_x.py").
bool mentions(const QString &text, const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    for (const QString &needle : {path, name}) {
        if (needle.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            const qsizetype after = at + needle.size();
            const bool startsWord = at == 0 || !isFileNameCharacter(text.at(at - 1))
                || (needle == name && text.at(at - 1) == QLatin1Char('/'));
            // A trailing dot ends a sentence ("see x.py.").
            const bool endsWord = after == text.size() || !isFileNameCharacter(text.at(after))
                || (text.at(after) == QLatin1Char('.') && (after + 1 == text.size() || text.at(after + 1).isSpace()));
            if (startsWord && endsWord)
                return true;
        }
    }
    return false;
}

bool isPythonPath(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("py") || suffix == QLatin1String("pyi") || suffix == QLatin1String("pyw");
}

bool isMarkdownPath(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

// An odd number of triple quotes means a string literal was cut in two.
bool hasBalancedTripleQuotes(const QString &text)
{
    return text.count(QLatin1String("\"\"\"")) % 2 == 0 && text.count(QLatin1String("'''")) % 2 == 0;
}

// "# src/pkg/mod.py", "**README.md**": a line that only names a file.
bool isPathLine(const QString &line)
{
    QString rest = line.trimmed();
    while (!rest.isEmpty()
           && (rest.front() == QLatin1Char('#') || rest.front() == QLatin1Char('*') || rest.front() == QLatin1Char('`')
               || rest.front() == QLatin1Char('_') || rest.front().isSpace()))
        rest.remove(0, 1);
    while (!rest.isEmpty()
           && (rest.back() == QLatin1Char('*') || rest.back() == QLatin1Char('`') || rest.back() == QLatin1Char(':')
               || rest.back() == QLatin1Char('_') || rest.back().isSpace()))
        rest.chop(1);
    return !rest.isEmpty() && !rest.contains(QLatin1Char(' '))
        && (rest.contains(QLatin1Char('.')) || rest.contains(QLatin1Char('/')));
}

// The fences belong to the file itself when the reply is the bare file: a Python reply whose first
// fence sits inside a string literal, or a Markdown reply that starts with its own headings.
bool fencesAreInsideTheFile(const Lines &lines, const QList<Block> &blocks, const QString &path)
{
    const qsizetype firstFence = blocks.constFirst().opener;
    const QString before = QStringList(lines.lines.mid(0, firstFence)).join(QLatin1Char('\n'));
    if (isPythonPath(path))
        return !hasBalancedTripleQuotes(before);
    if (!isMarkdownPath(path))
        return false;
    for (const Block &block : blocks) {
        const QString &tag = lines.fences.at(block.opener)->tag;
        if (tag == QLatin1String("markdown") || tag == QLatin1String("md"))
            return false;
    }
    for (qsizetype index = 0; index < firstFence; ++index) {
        const QString &line = lines.lines.at(index);
        qsizetype level = 0;
        while (level < line.size() && line.at(level) == QLatin1Char('#'))
            ++level;
        if (level >= 1 && level <= 6 && level < line.size() && line.at(level) == QLatin1Char(' ') && !isPathLine(line))
            return true;
    }
    return false;
}

// Lines [from, to) without leading and trailing blank lines, LF-joined, one final newline.
QString fileText(const QStringList &lines, qsizetype from, qsizetype to, qsizetype indent = 0)
{
    while (from < to && isBlank(lines.at(from)))
        ++from;
    while (to > from && isBlank(lines.at(to - 1)))
        --to;
    if (from == to)
        return {};
    QString text;
    for (qsizetype index = from; index < to; ++index) {
        QString line = lines.at(index);
        // Content under an indented fence is indented as much; CommonMark removes that.
        qsizetype spaces = 0;
        while (spaces < indent && spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
            ++spaces;
        text += QStringView(line).mid(spaces);
        text += QLatin1Char('\n');
    }
    return text;
}

// How well a block fits the file that was asked for: named next to it or in its info string, tagged
// with its language, untagged, tagged with another language. Being named counts only for a block
// that may be in the file's language: "Run them with `pytest tests/test_cli.py`:" before a bash
// block names the file but introduces a command, not the file.
int fitOf(const Lines &lines, const Block &block, const QString &path, const QStringList &tags)
{
    const Fence &fence = *lines.fences.at(block.opener);
    const bool ownLanguage = !fence.tag.isEmpty() && tags.contains(fence.tag);
    if (!ownLanguage && !isNeutralTag(fence.tag))
        return 0;
    if (!path.isEmpty()) {
        if (mentions(fence.info, path))
            return 3;
        for (qsizetype index = block.opener - 1; index >= 0; --index) {
            if (isBlank(lines.lines.at(index)))
                continue;
            if (!lines.fences.at(index) && mentions(lines.lines.at(index), path))
                return 3;
            break;
        }
    }
    return ownLanguage ? 2 : 1;
}

qsizetype contentEnd(const Lines &lines, const Closing &closing)
{
    return closing.line >= 0 ? closing.line : lines.size();
}

QString blockText(const Lines &lines, qsizetype opener, const Closing &closing)
{
    return fileText(lines.lines, opener + 1, contentEnd(lines, closing), lines.fences.at(opener)->indent);
}

// Whether the block opened by `fence` wraps a document whose own fences are common enough that a
// bare fence pair inside it may be part of the file rather than a second block: it is tagged as
// Markdown or reStructuredText, or it is untagged and the file is one.
bool wrapsMarkup(const Fence &fence, const QString &path)
{
    static const QStringList markupTags = {u"markdown"_s, u"md"_s, u"gfm"_s, u"rst"_s, u"restructuredtext"_s};
    if (markupTags.contains(fence.tag))
        return true;
    return isNeutralTag(fence.tag) && (isMarkdownPath(path) || suffixOf(path) == QLatin1String("rst"));
}

// Whether a line reads as the model talking rather than as a file's text: it introduces the block
// after it ("Install with:"), or it is a sentence ("I kept the README short.").
bool isProse(const QString &line, bool beforeAFence)
{
    const QString text = line.trimmed();
    if (beforeAFence && text.endsWith(QLatin1Char(':')))
        return true;
    if (text.size() < 2 || !text.front().isUpper() || !text.at(text.size() - 2).isLetter())
        return false;
    const QChar last = text.back();
    return (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?'))
        && text.count(QLatin1Char(' ')) >= 2;
}

// Whether the lines strictly between `from` and `to` that lie outside every block of the plain
// parse hold prose: then the fence at `from` really closed a block and more blocks followed, and
// the lines are not the content of nested blocks.
bool hasProseBetweenBlocks(const Lines &lines, const QList<Block> &blocks, qsizetype from, qsizetype to)
{
    qsizetype index = from + 1;
    for (const Block &block : blocks) {
        const qsizetype blockEnd = contentEnd(lines, block.closing);
        if (blockEnd <= from)
            continue;
        const qsizetype runEnd = std::min(block.opener, to);
        for (qsizetype line = index; line < runEnd; ++line) {
            qsizetype next = line + 1;
            while (next < runEnd && isBlank(lines.lines.at(next)))
                ++next;
            if (!isBlank(lines.lines.at(line)) && isProse(lines.lines.at(line), next == block.opener))
                return true;
        }
        if (block.opener >= to)
            return false;
        index = blockEnd + 1;
    }
    for (qsizetype line = index; line < to; ++line) {
        if (!isBlank(lines.lines.at(line)) && isProse(lines.lines.at(line), false))
            return true;
    }
    return false;
}

// A block closed too early by a bare fence of the file's own (a docstring example, a README's
// install command) is extended over balanced pairs of such fences.
Closing repairedClosing(const Lines &lines, const Block &block, const QString &path)
{
    if (block.closing.line < 0)
        return block.closing;
    if (isPythonPath(path) && !hasBalancedTripleQuotes(blockText(lines, block.opener, block.closing))) {
        for (int pairs = 1;; ++pairs) {
            const Closing candidate = findClosing(lines, block.opener, pairs);
            if (candidate.line < 0)
                break;
            if (hasBalancedTripleQuotes(blockText(lines, block.opener, candidate)))
                return candidate;
        }
    } else if (wrapsMarkup(*lines.fences.at(block.opener), path)) {
        // Extend over pairs of bare fences as long as what lies between them is code, not the
        // model's prose between blocks ("Install with:", then a second block).
        const QList<Block> blocks = parseBlocks(lines);
        Closing extended = block.closing;
        for (int pairs = 1;; ++pairs) {
            const Closing candidate = findClosing(lines, block.opener, pairs);
            if (candidate.line < 0 || hasProseBetweenBlocks(lines, blocks, block.closing.line, candidate.line))
                break;
            extended = candidate;
        }
        return extended;
    }
    return block.closing;
}

// What of `before` is still open at its end: the fence of an unclosed block and its nesting.
struct OpenBlock
{
    std::optional<Fence> fence;
    int depth = 0;
    bool hadFences = false;
};

OpenBlock openBlockAtEnd(const Lines &lines)
{
    const QList<Block> blocks = parseBlocks(lines);
    OpenBlock open;
    open.hadFences = !blocks.isEmpty();
    if (!blocks.isEmpty() && blocks.constLast().closing.line < 0) {
        open.fence = lines.fences.at(blocks.constLast().opener);
        open.depth = blocks.constLast().closing.depthAtEnd;
    }
    return open;
}

bool sameLanguage(const QString &tag, const QString &other)
{
    if (tag == other)
        return true;
    static const QList<QStringList> synonyms = {
        {u"python"_s, u"py"_s, u"python3"_s, u"py3"_s},
        {u"markdown"_s, u"md"_s, u"gfm"_s},
        {u"bash"_s, u"sh"_s, u"shell"_s},
        {u"yaml"_s, u"yml"_s},
    };
    for (const QStringList &group : synonyms) {
        if (group.contains(tag) && group.contains(other))
            return true;
    }
    return false;
}

// Whether the continuation's first fence starts the block again rather than belonging to the file.
bool isRestart(const Fence &fence, const OpenBlock &open)
{
    if (!open.fence)
        return !open.hadFences;
    if (fence.character != open.fence->character)
        return false;
    if (fence.isBare())
        return open.depth == 0 && fence.length >= open.fence->length;
    return sameLanguage(fence.tag, open.fence->tag);
}

bool sameLine(const QString &line, const QString &other)
{
    QStringView left(line);
    QStringView right(other);
    while (!left.isEmpty() && left.back().isSpace())
        left.chop(1);
    while (!right.isEmpty() && right.back().isSpace())
        right.chop(1);
    return left == right;
}

} // namespace

CodeExtractor::Result CodeExtractor::extract(const QString &reply, const QString &path)
{
    const QString text = normalized(reply);
    const Lines lines(text);
    const QList<Block> blocks = parseBlocks(lines);
    if (blocks.isEmpty() || fencesAreInsideTheFile(lines, blocks, path))
        return {fileText(lines.lines, 0, lines.size()), false, false};

    const QStringList tags = languageTags(path);
    const Block *best = nullptr;
    std::tuple<int, qsizetype> bestScore{-1, -1};
    for (const Block &block : blocks) {
        // Among blocks tagged with the file's language the longest is the whole file rather than an
        // excerpt; among untagged ones the first is the file and later ones are commands or output.
        const QString &tag = lines.fences.at(block.opener)->tag;
        const bool byLength = !isNeutralTag(tag) && tags.contains(tag);
        const std::tuple<int, qsizetype> score{fitOf(lines, block, path, tags),
                                               byLength ? blockText(lines, block.opener, block.closing).size() : 0};
        if (score > bestScore) {
            bestScore = score;
            best = &block;
        }
    }

    const Closing closing = repairedClosing(lines, *best, path);
    Result result;
    result.fenced = true;
    result.unterminated = closing.line < 0;
    qsizetype end = contentEnd(lines, closing);
    if (result.unterminated) {
        // A reply cut while writing the closing fence ends in a line of one or two fence characters.
        const Fence &open = *lines.fences.at(best->opener);
        qsizetype last = end - 1;
        while (last > best->opener && isBlank(lines.lines.at(last)))
            --last;
        if (last > best->opener) {
            const QString cutFence = lines.lines.at(last).trimmed();
            if (cutFence.size() < open.length && cutFence.count(open.character) == cutFence.size())
                end = last;
        }
    }
    result.content = fileText(lines.lines, best->opener + 1, end, lines.fences.at(best->opener)->indent);
    return result;
}

QString CodeExtractor::stitch(const QString &before, const QString &continuation)
{
    const QString head = normalized(before);
    const QString tail = normalized(continuation);
    if (head.isEmpty())
        return tail;
    if (tail.isEmpty())
        return head;

    const Lines headLines(head);
    const OpenBlock open = openBlockAtEnd(headLines);
    Lines tailLines(tail);
    QStringList rest = tailLines.lines;

    // A continuation that starts the block again ("```python", perhaps after "Continuing:").
    bool restarted = false;
    qsizetype first = 0;
    while (first < rest.size() && isBlank(rest.at(first)))
        ++first;
    qsizetype fenceLine = -1;
    if (first < rest.size()) {
        if (tailLines.fences.at(first)) {
            fenceLine = first;
        } else if (rest.at(first).trimmed().endsWith(QLatin1Char(':'))) {
            qsizetype next = first + 1;
            while (next < rest.size() && isBlank(rest.at(next)))
                ++next;
            if (next < rest.size() && tailLines.fences.at(next) && !tailLines.fences.at(next)->isBare())
                fenceLine = next;
        }
    }
    if (fenceLine >= 0 && isRestart(*tailLines.fences.at(fenceLine), open)) {
        restarted = true;
        if (!open.hadFences) {
            // The bare file was cut and the continuation came fenced: keep only its content.
            const Closing closing = findClosing(tailLines, fenceLine);
            if (closing.line >= 0)
                rest = rest.mid(0, closing.line);
        }
        rest = rest.mid(fenceLine + 1);
    }

    // `head` is complete lines plus, when cut mid-line, a partial last line.
    const bool endsMidLine = !head.endsWith(QLatin1Char('\n'));
    QStringList complete = headLines.lines;
    const QString partial = complete.takeLast(); // empty after a final newline
    const qsizetype maximumOverlap = std::min(complete.size(), rest.size());

    // The longest run of whole lines that the continuation repeats from the end of `head`, followed
    // by a repetition of the partial line from its start.
    qsizetype overlap = -1;
    for (qsizetype count = maximumOverlap; count >= 0 && overlap < 0; --count) {
        bool matches = true;
        bool hasText = false;
        for (qsizetype index = 0; index < count && matches; ++index) {
            matches = sameLine(complete.at(complete.size() - count + index), rest.at(index));
            hasText = hasText || !isBlank(rest.at(index));
        }
        if (!matches)
            continue;
        if (endsMidLine) {
            if (count < rest.size() && rest.at(count).startsWith(partial))
                overlap = count;
        } else if (hasText) {
            overlap = count;
        }
    }

    QString result;
    if (overlap >= 0) {
        result = endsMidLine ? head.chopped(partial.size()) : head;
        result += rest.mid(overlap).join(QLatin1Char('\n'));
    } else {
        result = head;
        // After a restarting fence the continuation starts on a line of its own.
        if (restarted && endsMidLine)
            result += QLatin1Char('\n');
        result += rest.join(QLatin1Char('\n'));
    }
    if (restarted && !open.hadFences && !result.endsWith(QLatin1Char('\n')))
        result += QLatin1Char('\n');
    return result;
}

} // namespace Pygen
