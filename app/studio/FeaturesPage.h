#pragma once

#include <QWizardPage>

class QLabel;

namespace Pygen {

class FeatureListEditor;
class FieldProblemLabel;
class WizardDraft;

// The second page: what the package must do, one feature per row.
class FeaturesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeaturesPage)

public:
    // More features than this get a hint to merge related ones.
    static constexpr int longListThreshold = 8;

    explicit FeaturesPage(WizardDraft &draft, QWidget *parent = nullptr);
    ~FeaturesPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    FeatureListEditor *editor() const { return m_editor; }
    QLabel *longListHint() const { return m_longListHint; }
    FieldProblemLabel *problemLabel() const { return m_problems; }

private:
    void updateMessages();

    WizardDraft &m_draft;
    FeatureListEditor *m_editor;
    QLabel *m_longListHint;
    FieldProblemLabel *m_problems;
};

} // namespace Pygen
