<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Pygen::ChatCommand</name>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation>
            <numerusform>%n prompt token</numerusform>
            <numerusform>%n prompt tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output tokens</source>
        <translation>
            <numerusform>%n output token</numerusform>
            <numerusform>%n output tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::ChatExchange</name>
    <message numerus="yes">
        <source>The %n characters received so far are kept.</source>
        <translation>
            <numerusform>The %n character received so far is kept.</numerusform>
            <numerusform>The %n characters received so far are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::DocumentStage</name>
    <message numerus="yes">
        <source>The documentation check found %n problem(s): %1</source>
        <translation>
            <numerusform>The documentation check found %n problem: %1</numerusform>
            <numerusform>The documentation check found %n problems: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::ExportCheck</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have unsaved edits: %1 — save them or they are not exported.</source>
        <translation>
            <numerusform>%n file has unsaved edits: %1 — save it or it is not exported.</numerusform>
            <numerusform>%n files have unsaved edits: %1 — save them or they are not exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed to generate: %1. Generate them again or fix them by hand; the export holds what is there now.</source>
        <translation>
            <numerusform>%n file failed to generate: %1. Generate it again or fix it by hand; the export holds what is there now.</numerusform>
            <numerusform>%n files failed to generate: %1. Generate them again or fix them by hand; the export holds what is there now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) were never generated: %1. The export leaves them out.</source>
        <translation>
            <numerusform>%n planned file was never generated: %1. The export leaves it out.</numerusform>
            <numerusform>%n planned files were never generated: %1. The export leaves them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The documentation check found %n problem(s): %1</source>
        <translation>
            <numerusform>The documentation check found %n problem: %1</numerusform>
            <numerusform>The documentation check found %n problems: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n file(s) (%1) to %2.</source>
        <translation>
            <numerusform>Exported %n file (%1) to %2.</numerusform>
            <numerusform>Exported %n files (%1) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::FeaturesPage</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::FindReplaceBar</name>
    <message numerus="yes">
        <source>Replaced %n match(es).</source>
        <translation>
            <numerusform>Replaced %n match.</numerusform>
            <numerusform>Replaced %n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::GeneratePage</name>
    <message numerus="yes">
        <source>%n file(s) from the plan, and pyproject.toml, LICENSE and .gitignore from templates</source>
        <translation>
            <numerusform>%n file from the plan, and pyproject.toml, LICENSE and .gitignore from templates</numerusform>
            <numerusform>%n files from the plan, and pyproject.toml, LICENSE and .gitignore from templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::GenerateStage</name>
    <message numerus="yes">
        <source>the file was still cut off after %n continuation(s); raise the output limit (now %1 tokens) and generate again.</source>
        <translation>
            <numerusform>the file was still cut off after %n continuation; raise the output limit (now %1 tokens) and generate again.</numerusform>
            <numerusform>the file was still cut off after %n continuations; raise the output limit (now %1 tokens) and generate again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be generated: %1. Run the stage again to retry just these.</source>
        <translation>
            <numerusform>%n file could not be generated: %1. Run the stage again to retry just this one.</numerusform>
            <numerusform>%n files could not be generated: %1. Run the stage again to retry just these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::HistoryPanel</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requests match</source>
        <translation>
            <numerusform>%1 of %n request matches</numerusform>
            <numerusform>%1 of %n requests match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::ModelPage</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::PackageTreeView</name>
    <message numerus="yes">
        <source>Delete the folder %1 and the %n file(s) in it?</source>
        <translation>
            <numerusform>Delete the folder %1 and the %n file in it?</numerusform>
            <numerusform>Delete the folder %1 and the %n files in it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::PipelineCommand</name>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>Wrote %n file to %1 in %2 s.</numerusform>
            <numerusform>Wrote %n files to %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n file(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n file).</numerusform>
            <numerusform>Wrote %1 (%n files).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::PipelinePanel</name>
    <message numerus="yes">
        <source>%n cached replies</source>
        <translation>
            <numerusform>%n cached reply</numerusform>
            <numerusform>%n cached replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::PipelineProgressPrinter</name>
    <message numerus="yes">
        <source>%1: done in %2 s, %n output token(s).</source>
        <translation>
            <numerusform>%1: done in %2 s, %n output token.</numerusform>
            <numerusform>%1: done in %2 s, %n output tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s), %1 s</source>
        <translation>
            <numerusform>%n token, %1 s</numerusform>
            <numerusform>%n tokens, %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::PlanReviewPage</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before going on. Select one to go to it.</source>
        <translation>
            <numerusform>%n problem to fix before going on. Select it to go to it.</numerusform>
            <numerusform>%n problems to fix before going on. Select one to go to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::PlanStage</name>
    <message numerus="yes">
        <source>the model&apos;s plan still had problems after %n attempt(s): %1</source>
        <translation>
            <numerusform>the model&apos;s plan still had problems after %n attempt: %1</numerusform>
            <numerusform>the model&apos;s plan still had problems after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan had %n problem(s) (%1); asking the model to correct them (attempt %2 of %3).</source>
        <translation>
            <numerusform>The plan had %n problem (%1); asking the model to correct it (attempt %2 of %3).</numerusform>
            <numerusform>The plan had %n problems (%1); asking the model to correct them (attempt %2 of %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::PythonScriptRunner</name>
    <message numerus="yes">
        <source>The Python helper %1 did not finish within %n second(s); it was stopped.</source>
        <translation>
            <numerusform>The Python helper %1 did not finish within %n second; it was stopped.</numerusform>
            <numerusform>The Python helper %1 did not finish within %n seconds; it was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::ResponseCache</name>
    <message numerus="yes">
        <source>%n cached replies could not be deleted from %1. Check that you may change files in that folder.</source>
        <translation>
            <numerusform>%n cached reply could not be deleted from %1. Check that you may change files in that folder.</numerusform>
            <numerusform>%n cached replies could not be deleted from %1. Check that you may change files in that folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::SettingsDialog</name>
    <message numerus="yes">
        <source>%1 in %n cached replies</source>
        <translation>
            <numerusform>%1 in %n cached reply</numerusform>
            <numerusform>%1 in %n cached replies</numerusform>
        </translation>
    </message>
</context>
</TS>
