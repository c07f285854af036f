#pragma once

#include <QWidget>

class QAction;
class QListView;
class QPushButton;

namespace Pygen {

class FeatureListModel;

// An editable list of features: Add (Insert), Remove (Delete), edit in place (F2, double click),
// move with Alt+Up / Alt+Down or by dragging, and Ctrl+V pastes one feature per line of the
// clipboard, without the list markers.
class FeatureListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureListEditor)

public:
    explicit FeatureListEditor(QWidget *parent = nullptr);
    ~FeatureListEditor() override;

    FeatureListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *pasteAction() const { return m_paste; }

    // Adds an empty feature after the current one and opens its editor.
    void addFeature();
    void removeSelected();
    void moveCurrent(int offset);
    // The clipboard's lines, inserted after the current feature (or at the end).
    void pasteFeatures();

private:
    void updateActions();
    int insertionRow() const;

    FeatureListModel *m_model;
    QListView *m_view;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_paste;
};

} // namespace Pygen
