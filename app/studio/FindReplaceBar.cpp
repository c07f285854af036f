#include "FindReplaceBar.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace Pygen {

FindReplaceBar::FindReplaceBar(QWidget *parent)
    : QWidget(parent)
    , m_searchField(new QLineEdit)
    , m_replaceField(new QLineEdit)
    , m_caseBox(new QCheckBox(tr("Match &case")))
    , m_wordsBox(new QCheckBox(tr("&Whole words")))
    , m_regexBox(new QCheckBox(tr("Regular e&xpression")))
    , m_status(new QLabel)
    , m_replaceRow(new QWidget)
    , m_replaceButton(new QPushButton(tr("&Replace")))
    , m_replaceAllButton(new QPushButton(tr("Replace &All")))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_searchField->setAccessibleName(tr("Find"));
    m_searchField->setPlaceholderText(tr("Find"));
    m_searchField->setClearButtonEnabled(true);
    m_replaceField->setAccessibleName(tr("Replace with"));
    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_status->setAccessibleName(tr("Search result"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *previousButton = new QToolButton;
    previousButton->setText(tr("Previous"));
    previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    previousButton->setAccessibleName(tr("Previous match"));
    auto *nextButton = new QToolButton;
    nextButton->setText(tr("Next"));
    nextButton->setToolTip(tr("Next match (F3)"));
    nextButton->setAccessibleName(tr("Next match"));
    auto *closeButton = new QToolButton;
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close the find bar (Escape)"));
    closeButton->setAccessibleName(tr("Close the find bar"));

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    auto *findLabel = new QLabel(tr("&Find:"));
    findLabel->setBuddy(m_searchField);
    findRow->addWidget(findLabel);
    findRow->addWidget(m_searchField, 1);
    findRow->addWidget(previousButton);
    findRow->addWidget(nextButton);
    findRow->addWidget(m_caseBox);
    findRow->addWidget(m_wordsBox);
    findRow->addWidget(m_regexBox);
    findRow->addWidget(m_status);
    findRow->addWidget(closeButton);

    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    auto *replaceLabel = new QLabel(tr("Replace wi&th:"));
    replaceLabel->setBuddy(m_replaceField);
    replaceLayout->addWidget(replaceLabel);
    replaceLayout->addWidget(m_replaceField, 1);
    replaceLayout->addWidget(m_replaceButton);
    replaceLayout->addWidget(m_replaceAllButton);
    replaceLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    // Escape closes the bar while focus is in it; Enter / Shift+Enter step through matches.
    auto *escape = new QAction(tr("Close the find bar"), this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(escape);
    connect(escape, &QAction::triggered, this, &FindReplaceBar::dismiss);
    connect(closeButton, &QToolButton::clicked, this, &FindReplaceBar::dismiss);
    connect(nextButton, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(previousButton, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_replaceField, &QLineEdit::returnPressed, this, &FindReplaceBar::replace);
    connect(m_searchField, &QLineEdit::textEdited, this, &FindReplaceBar::searchTextEdited);
    for (QCheckBox *option : {m_caseBox, m_wordsBox, m_regexBox})
        connect(option, &QCheckBox::toggled, this, &FindReplaceBar::searchTextEdited);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);

    m_replaceRow->hide();
    hide();
}

FindReplaceBar::~FindReplaceBar() = default;

void FindReplaceBar::setEditor(QPlainTextEdit *editor)
{
    if (m_editor == editor)
        return;
    disconnect(m_contentsConnection);
    m_editor = editor;
    if (m_editor)
        m_contentsConnection = connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
            invalidate();
            if (isVisible())
                updateStatus();
        });
    invalidate();
    if (isVisible())
        updateStatus();
}

void FindReplaceBar::showFind()
{
    showBar(false);
}

void FindReplaceBar::showReplace()
{
    showBar(true);
}

void FindReplaceBar::showBar(bool withReplace)
{
    setReplaceVisible(withReplace);
    if (m_editor) {
        const QTextCursor cursor = m_editor->textCursor();
        const QString selected = cursor.selectedText();
        // A selection within one line is what the person wants to find; a paragraph is not.
        if (cursor.hasSelection() && !selected.contains(QChar::ParagraphSeparator))
            setSearchText(m_regexBox->isChecked() ? QRegularExpression::escape(selected) : selected);
    }
    show();
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
    updateStatus();
}

void FindReplaceBar::dismiss()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    setReplaceVisible(false);
    if (m_editor && hadFocus)
        m_editor->setFocus(Qt::OtherFocusReason);
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible);
}

bool FindReplaceBar::isReplaceVisible() const
{
    return !m_replaceRow->isHidden();
}

void FindReplaceBar::setSearchText(const QString &text)
{
    m_searchField->setText(text);
    invalidate();
}

void FindReplaceBar::setReplacementText(const QString &text)
{
    m_replaceField->setText(text);
}

void FindReplaceBar::setCaseSensitive(bool on)
{
    m_caseBox->setChecked(on);
    invalidate();
}

void FindReplaceBar::setWholeWords(bool on)
{
    m_wordsBox->setChecked(on);
    invalidate();
}

void FindReplaceBar::setRegularExpression(bool on)
{
    m_regexBox->setChecked(on);
    invalidate();
}

std::optional<QRegularExpression> FindReplaceBar::expression()
{
    m_error.clear();
    const QString text = m_searchField->text();
    if (text.isEmpty())
        return std::nullopt;
    QString pattern = m_regexBox->isChecked() ? text : QRegularExpression::escape(text);
    if (m_wordsBox->isChecked())
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_caseBox->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression result(pattern, options);
    if (!result.isValid()) {
        // The offset is into the pattern the person typed, not the wrapped one.
        const qsizetype offset = result.patternErrorOffset() - (m_wordsBox->isChecked() ? 5 : 0);
        m_error = tr("Not a valid regular expression: %1 (at character %2). Correct it or turn off "
                     "\"Regular expression\".")
                      .arg(result.errorString())
                      .arg(qBound<qsizetype>(0, offset, text.size()) + 1);
        return std::nullopt;
    }
    return result;
}

const QList<FindReplaceBar::Match> &FindReplaceBar::matches()
{
    if (m_matchesValid)
        return m_matches;
    m_matches.clear();
    m_matchesValid = true;
    const std::optional<QRegularExpression> found = expression();
    if (!found || !m_editor)
        return m_matches;
    // toPlainText() has one character per document position ('\n' for a block break), so match
    // offsets are cursor positions, and a regular expression may span lines.
    const QString text = m_editor->toPlainText();
    QRegularExpressionMatchIterator iterator = found->globalMatch(text);
    while (iterator.hasNext()) {
        const QRegularExpressionMatch match = iterator.next();
        if (match.capturedLength() == 0)
            continue;
        m_matches.append({int(match.capturedStart()), int(match.capturedLength()), match.capturedTexts()});
    }
    return m_matches;
}

void FindReplaceBar::invalidate()
{
    m_matchesValid = false;
}

int FindReplaceBar::matchAtSelection()
{
    if (!m_editor)
        return -1;
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return -1;
    const QList<Match> &all = matches();
    const auto found = std::lower_bound(all.cbegin(), all.cend(), cursor.selectionStart(),
                                        [](const Match &match, int position) { return match.start < position; });
    if (found != all.cend() && found->start == cursor.selectionStart()
        && found->start + found->length == cursor.selectionEnd())
        return int(found - all.cbegin());
    return -1;
}

int FindReplaceBar::matchCount()
{
    return int(matches().size());
}

int FindReplaceBar::currentMatch()
{
    return matchAtSelection() + 1;
}

bool FindReplaceBar::select(bool forward, bool fromSelectionStart)
{
    if (!m_editor) {
        updateStatus();
        return false;
    }
    const QList<Match> &all = matches();
    if (all.isEmpty()) {
        updateStatus();
        return false;
    }
    const QTextCursor cursor = m_editor->textCursor();
    QString note;
    qsizetype index = -1;
    if (forward) {
        const int from = fromSelectionStart ? cursor.selectionStart() : cursor.selectionEnd();
        const auto found = std::lower_bound(all.cbegin(), all.cend(), from,
                                            [](const Match &match, int position) { return match.start < position; });
        index = found - all.cbegin();
        if (index == all.size()) {
            index = 0;
            note = tr("Reached the end; continued from the beginning.");
        }
    } else {
        const int before = cursor.selectionStart();
        const auto found = std::lower_bound(all.cbegin(), all.cend(), before,
                                            [](const Match &match, int position) { return match.start < position; });
        index = (found - all.cbegin()) - 1;
        if (index < 0) {
            index = all.size() - 1;
            note = tr("Reached the beginning; continued from the end.");
        }
    }
    const Match &match = all.at(index);
    QTextCursor selection(m_editor->document());
    selection.setPosition(match.start);
    selection.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(selection);
    m_editor->centerCursor();
    updateStatus(note);
    return true;
}

bool FindReplaceBar::findNext()
{
    return select(true, false);
}

bool FindReplaceBar::findPrevious()
{
    return select(false, false);
}

QString FindReplaceBar::replacementFor(const Match &match) const
{
    const QString replacement = m_replaceField->text();
    if (!m_regexBox->isChecked())
        return replacement;
    // \0 … \9 insert captured text, \n and \t a line break and a tab, \\ a backslash.
    QString result;
    result.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != u'\\' || i + 1 == replacement.size()) {
            result.append(c);
            continue;
        }
        const QChar next = replacement.at(++i);
        if (next.isDigit()) {
            const int group = next.digitValue();
            if (group < match.captures.size())
                result.append(match.captures.at(group));
        } else if (next == u'n') {
            result.append(u'\n');
        } else if (next == u't') {
            result.append(u'\t');
        } else {
            result.append(next);
        }
    }
    return result;
}

bool FindReplaceBar::replace()
{
    if (!m_editor || m_editor->isReadOnly())
        return false;
    const int index = matchAtSelection();
    if (index < 0)
        return findNext();
    const Match match = matches().at(index);
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(replacementFor(match));
    m_editor->setTextCursor(cursor);
    invalidate();
    if (!findNext())
        updateStatus(tr("Replaced the last match."));
    return true;
}

int FindReplaceBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly())
        return 0;
    const QList<Match> all = matches();
    if (all.isEmpty()) {
        updateStatus();
        return 0;
    }
    QTextCursor cursor(m_editor->document());
    // One undo step; from the end so the earlier positions stay right.
    cursor.beginEditBlock();
    for (auto match = all.crbegin(); match != all.crend(); ++match) {
        cursor.setPosition(match->start);
        cursor.setPosition(match->start + match->length, QTextCursor::KeepAnchor);
        cursor.insertText(replacementFor(*match));
    }
    cursor.endEditBlock();
    invalidate();
    updateStatus(tr("Replaced %n match(es).", nullptr, int(all.size())));
    return int(all.size());
}

void FindReplaceBar::searchTextEdited()
{
    invalidate();
    // Search as the person types, from where the current match starts, so it grows in place.
    if (!select(true, true))
        updateStatus();
}

void FindReplaceBar::updateStatus(const QString &note)
{
    QString text;
    const int count = matchCount();
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_searchField->text().isEmpty())
        text.clear();
    else if (count == 0)
        text = tr("No matches");
    else if (const int current = currentMatch(); current > 0)
        text = tr("%1 of %2").arg(current).arg(count);
    else
        text = tr("%n match(es)", nullptr, count);
    if (!note.isEmpty() && m_error.isEmpty())
        text = text.isEmpty() ? note : tr("%1 — %2").arg(text, note);
    m_status->setText(text);
    // A problem shows in the error colour, so it is not read as a count.
    QPalette colours = m_searchField->palette();
    colours.setColor(QPalette::Text, m_error.isEmpty() ? palette().color(QPalette::Text) : QColor(Qt::red).darker(120));
    m_searchField->setPalette(colours);
}

QString FindReplaceBar::message() const
{
    return m_status->text();
}

} // namespace Pygen
