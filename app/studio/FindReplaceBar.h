#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Pygen {

// The inline find and replace bar under the editor: plain text, whole words or a regular
// expression, with or without case; shows "n of m", wraps around with a note, and replaces one
// match or all of them in one undo step. A regular expression's replacement may use \0 … \9
// for captured text.
class FindReplaceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceBar)

public:
    explicit FindReplaceBar(QWidget *parent = nullptr);
    ~FindReplaceBar() override;

    // The editor searched; may be null (no open file).
    void setEditor(QPlainTextEdit *editor);
    QPlainTextEdit *editor() const { return m_editor; }

    // Show the bar, without or with the replace row, with the find field focused; a selection
    // on one line becomes the search text.
    void showFind();
    void showReplace();
    // Hides the bar and gives the focus back to the editor.
    void dismiss();

    // Select the next or previous match after the cursor; false when there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match (or finds one first) and moves to the next.
    bool replace();
    // Replaces every match in one undo step; returns how many.
    int replaceAll();

    void setSearchText(const QString &text);
    void setReplacementText(const QString &text);
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);
    void setRegularExpression(bool on);

    // Matches in the current document (zero-length matches do not count).
    int matchCount();
    // 1-based index of the selected match; 0 when the selection is not a match.
    int currentMatch();
    // What the bar says: "3 of 7", "No matches", an invalid expression, a wrap-around.
    QString message() const;
    bool isReplaceVisible() const;

    QLineEdit *searchField() const { return m_searchField; }
    QLineEdit *replaceField() const { return m_replaceField; }
    QCheckBox *caseSensitiveBox() const { return m_caseBox; }
    QCheckBox *wholeWordsBox() const { return m_wordsBox; }
    QCheckBox *regularExpressionBox() const { return m_regexBox; }

private:
    struct Match
    {
        int start = 0;
        int length = 0;
        QStringList captures;
    };

    void setReplaceVisible(bool visible);
    void showBar(bool withReplace);
    // The expression from the field and options; nothing (and a message) when it is invalid.
    std::optional<QRegularExpression> expression();
    const QList<Match> &matches();
    void invalidate();
    int matchAtSelection();
    bool select(bool forward, bool fromSelectionStart);
    QString replacementFor(const Match &match) const;
    void updateStatus(const QString &note = {});
    void searchTextEdited();

    QPointer<QPlainTextEdit> m_editor;
    QMetaObject::Connection m_contentsConnection;
    QLineEdit *m_searchField;
    QLineEdit *m_replaceField;
    QCheckBox *m_caseBox;
    QCheckBox *m_wordsBox;
    QCheckBox *m_regexBox;
    QLabel *m_status;
    QWidget *m_replaceRow;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QList<Match> m_matches;
    bool m_matchesValid = false;
    QString m_error;
};

} // namespace Pygen
