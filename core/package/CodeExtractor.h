#pragma once

#include <QString>

namespace Pygen {

// Takes the one file a model was asked for out of its reply. Models wrap files in fences with any
// language tag (or none), use fences longer than three backticks, put prose before and after, use
// CRLF, or send the bare file; a file may itself contain backtick fences (Markdown, docstrings).
class CodeExtractor final
{
public:
    struct Result
    {
        // The file's text with LF line ends and exactly one final newline (empty stays empty).
        QString content;
        // The reply had a fenced block and it was used.
        bool fenced = false;
        // The chosen block's closing fence was missing: the reply was probably cut off.
        bool unterminated = false;
    };

    // `path` is the file that was asked for; its extension picks among several fenced blocks
    // (a block tagged for the file's language wins over an untagged one; among blocks tagged with
    // it the longest wins, among untagged ones the first).
    static Result extract(const QString &reply, const QString &path);

    // The raw text of a reply cut by the output limit followed by the raw text of the reply that
    // continued it: an opening fence the continuation repeats is dropped, and text the
    // continuation repeats from the end of `before` (whole lines) is not doubled.
    static QString stitch(const QString &before, const QString &continuation);
};

} // namespace Pygen
