<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Pygen::ChatCommand</name>
    <message>
        <source>Sends one prompt to a model and streams the reply to standard output. Retries, warnings and usage go to standard error.</source>
        <translation>Sendet einen Prompt an ein Modell und gibt die Antwort fortlaufend auf der Standardausgabe aus. Wiederholungsversuche, Warnungen und Verbrauch erscheinen auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>The model to ask (see &apos;pygen models&apos;).</source>
        <translation>Das anzufragende Modell (siehe „pygen models“).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>Ein System-Prompt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Ask for JSON that follows the JSON Schema in this file.</source>
        <translation>JSON anfordern, das dem JSON-Schema in dieser Datei entspricht.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Sampling-Temperatur, 0 bis 2.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>The most tokens the reply may have.</source>
        <translation>Wie viele Tokens die Antwort höchstens haben darf.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>A seed, for repeatable replies where supported.</source>
        <translation>Ein Seed für wiederholbare Antworten, sofern unterstützt.</translation>
    </message>
    <message>
        <source>Ask the provider even if the same request was answered before, and do not keep the reply.</source>
        <translation>Den Anbieter auch dann fragen, wenn dieselbe Anfrage schon einmal beantwortet wurde, und die Antwort nicht im Cache ablegen.</translation>
    </message>
    <message>
        <source>The prompt; &apos;-&apos; reads it from standard input.</source>
        <translation>Der Prompt; „-“ liest ihn von der Standardeingabe.</translation>
    </message>
    <message>
        <source>prompt…</source>
        <translation>Prompt …</translation>
    </message>
    <message>
        <source>Run &apos;pygen chat --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „pygen chat --help“.</translation>
    </message>
    <message>
        <source>choose a model with --model; &apos;pygen models --provider %1&apos; lists them.</source>
        <translation>Wählen Sie mit --model ein Modell; „pygen models --provider %1“ listet die Modelle auf.</translation>
    </message>
    <message>
        <source>standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>give a prompt, for example: pygen chat --model llama3.2 &quot;Write a haiku&quot;.</source>
        <translation>Geben Sie einen Prompt an, zum Beispiel: pygen chat --model llama3.2 &quot;Schreib ein Haiku&quot;.</translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2, not “%1”.</source>
        <translation>--temperature muss eine Zahl von 0 bis 2 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-tokens must be a positive whole number, not “%1”.</source>
        <translation>--max-tokens muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not “%1”.</source>
        <translation>--seed muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON Schema object.</source>
        <translation>%1 muss ein JSON-Schema-Objekt enthalten.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation>
            <numerusform>%n Eingabe-Token</numerusform>
            <numerusform>%n Eingabe-Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output tokens</source>
        <translation>
            <numerusform>%n Ausgabe-Token</numerusform>
            <numerusform>%n Ausgabe-Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>erstes Token nach %1 s</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>Usage: %1.</source>
        <translation>Verbrauch: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Pygen::ChatExchange</name>
    <message>
        <source>No model is chosen for %1. Pick one of the models it offers.</source>
        <translation>Für %1 ist kein Modell ausgewählt. Wählen Sie eines der angebotenen Modelle.</translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message numerus="yes">
        <source>The %n characters received so far are kept.</source>
        <translation>
            <numerusform>%n bisher empfangenes Zeichen bleibt erhalten.</numerusform>
            <numerusform>%n bisher empfangene Zeichen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cut off at the output limit of %1 tokens. Raise the output limit, or continue the reply.</source>
        <translation>Die Antwort wurde beim Ausgabelimit von %1 Tokens abgeschnitten. Erhöhen Sie das Ausgabelimit oder setzen Sie die Antwort fort.</translation>
    </message>
    <message>
        <source>The reply was cut off at %1&apos;s output limit. Raise the output limit, or continue the reply.</source>
        <translation>Die Antwort wurde beim Ausgabelimit von %1 abgeschnitten. Erhöhen Sie das Ausgabelimit oder setzen Sie die Antwort fort.</translation>
    </message>
    <message>
        <source>%1&apos;s safety filter stopped the reply. Rephrase the request.</source>
        <translation>Der Sicherheitsfilter von %1 hat die Antwort gestoppt. Formulieren Sie die Anfrage um.</translation>
    </message>
</context>
<context>
    <name>Pygen::CommandLineTool</name>
    <message>
        <source>Run &apos;pygen --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „pygen --help“.</translation>
    </message>
    <message>
        <source>pygen: nothing to do.</source>
        <translation>pygen: Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>pygen: unknown command &apos;%1&apos;.</source>
        <translation>pygen: Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>pygen turns an idea for a Python package into a tested, documented package with language models, without the graphical studio.

Commands:
  models   List the models a provider offers.
  chat     Send a prompt to a model and stream the reply.
  pull     Download a model into Ollama.
  key      Store an API key in the system keychain, or remove it.
  enhance  Enhance a package request and print it as JSON.
  plan     Plan a package and print the plan as JSON.
  generate Generate a whole package into a project folder.

Run &apos;pygen COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>pygen macht aus einer Idee für ein Python-Paket mit Sprachmodellen ein getestetes, dokumentiertes Paket – ohne das grafische Studio.

Befehle:
  models   Listet die Modelle eines Anbieters auf.
  chat     Sendet einen Prompt an ein Modell und gibt die Antwort fortlaufend aus.
  pull     Lädt ein Modell in Ollama herunter.
  key      Speichert einen API-Schlüssel im Schlüsselbund des Systems oder entfernt ihn.
  enhance  Arbeitet eine Paketanfrage aus und gibt sie als JSON aus.
  plan     Plant ein Paket und gibt den Plan als JSON aus.
  generate Erzeugt ein ganzes Paket in einem Projektordner.

Die Optionen eines Befehls zeigt „pygen BEFEHL --help“.</translation>
    </message>
    <message>
        <source>models, chat, pull, key, enhance, plan or generate</source>
        <translation>models, chat, pull, key, enhance, plan oder generate</translation>
    </message>
</context>
<context>
    <name>Pygen::ContextStage</name>
    <message>
        <source>The model&apos;s context length could not be asked (%1); the full specification is used.</source>
        <translation>Die Kontextlänge des Modells konnte nicht abgefragt werden (%1); die vollständige Spezifikation wird verwendet.</translation>
    </message>
    <message>
        <source>The model&apos;s context length is not known; the full specification is used.</source>
        <translation>Die Kontextlänge des Modells ist nicht bekannt; die vollständige Spezifikation wird verwendet.</translation>
    </message>
    <message>
        <source>The model&apos;s context (%1 tokens) is large enough for the full specification.</source>
        <translation>Der Kontext des Modells (%1 Tokens) ist groß genug für die vollständige Spezifikation.</translation>
    </message>
    <message>
        <source>The model returned an empty context prompt. Run the stage again or choose a model with a larger context.</source>
        <translation>Das Modell hat einen leeren Kontext-Prompt geliefert. Führen Sie die Stufe erneut aus oder wählen Sie ein Modell mit größerem Kontext.</translation>
    </message>
    <message>
        <source>The model&apos;s context holds %1 tokens, less than %2: later requests use a compact context prompt instead of the full specification.</source>
        <translation>Der Kontext des Modells fasst %1 Tokens, weniger als %2: Spätere Anfragen verwenden statt der vollständigen Spezifikation einen kompakten Kontext-Prompt.</translation>
    </message>
</context>
<context>
    <name>Pygen::CredentialStore</name>
    <message>
        <source>No keychain service is running, so the key for %1 is kept for this session only. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) to keep it.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher wird der Schlüssel für %1 nur für diese Sitzung aufbewahrt. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet), um ihn dauerhaft zu behalten.</translation>
    </message>
    <message>
        <source>No keychain service is running, so the key for %1 is kept for this session only. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) or set %2 to keep it.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher wird der Schlüssel für %1 nur für diese Sitzung aufbewahrt. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) oder setzen Sie %2, um ihn dauerhaft zu behalten.</translation>
    </message>
    <message>
        <source>No keychain service is running, so a key for %1 saved earlier cannot be read. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), or enter the key again to use it for this session.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher kann ein früher gespeicherter Schlüssel für %1 nicht gelesen werden. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) oder geben Sie den Schlüssel erneut ein, um ihn in dieser Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>No keychain service is running, so a key for %1 saved earlier cannot be read. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) or set %2.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher kann ein früher gespeicherter Schlüssel für %1 nicht gelesen werden. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) oder setzen Sie %2.</translation>
    </message>
    <message>
        <source>The keychain did not store the key for %1 (%2), so it is kept for this session only. Unlock your keyring and save the key again to keep it.</source>
        <translation>Der Schlüsselbund hat den Schlüssel für %1 nicht gespeichert (%2), daher wird er nur für diese Sitzung aufbewahrt. Entsperren Sie Ihren Schlüsselbund und speichern Sie den Schlüssel erneut, um ihn dauerhaft zu behalten.</translation>
    </message>
    <message>
        <source>The keychain did not store the key for %1 (%2), so it is kept for this session only. Unlock your keyring and save the key again, or set %3, to keep it.</source>
        <translation>Der Schlüsselbund hat den Schlüssel für %1 nicht gespeichert (%2), daher wird er nur für diese Sitzung aufbewahrt. Entsperren Sie Ihren Schlüsselbund und speichern Sie den Schlüssel erneut oder setzen Sie %3, um ihn dauerhaft zu behalten.</translation>
    </message>
    <message>
        <source>The keychain did not give out the key for %1 (%2). Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Schlüssel für %1 nicht herausgegeben (%2). Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not give out the key for %1 (%2). Unlock your keyring and try again, or set %3.</source>
        <translation>Der Schlüsselbund hat den Schlüssel für %1 nicht herausgegeben (%2). Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut oder setzen Sie %3.</translation>
    </message>
    <message>
        <source>Ollama (OpenAI-compatible)</source>
        <translation>Ollama (OpenAI-kompatibel)</translation>
    </message>
    <message>
        <source>the custom server</source>
        <translation>den eigenen Server</translation>
    </message>
    <message>
        <source>The key for %1 is empty. Paste the whole key.</source>
        <translation>Der Schlüssel für %1 ist leer. Fügen Sie den vollständigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key for %1 contains spaces or line breaks, so it was not saved. Paste only the key itself.</source>
        <translation>Der Schlüssel für %1 enthält Leerzeichen oder Zeilenumbrüche und wurde daher nicht gespeichert. Fügen Sie nur den Schlüssel selbst ein.</translation>
    </message>
    <message>
        <source>The key for %1 is saved in the keychain, but %2 is set in the environment and is used instead.</source>
        <translation>Der Schlüssel für %1 ist im Schlüsselbund gespeichert, aber %2 ist in der Umgebung gesetzt und wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>No keychain service is running, so a key for %1 saved in it earlier could not be removed. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and remove it again.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher konnte ein dort früher gespeicherter Schlüssel für %1 nicht entfernt werden. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) und entfernen Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>The keychain did not remove the key for %1 (%2). Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Schlüssel für %1 nicht entfernt (%2). Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is not a valid provider name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most %2 characters), so no key can be kept for it.</source>
        <translation>„%1“ ist kein gültiger Anbietername (Buchstaben, Ziffern, „.“, „_“ und „-“, höchstens %2 Zeichen), daher kann kein Schlüssel dafür gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Pygen::DocumentStage</name>
    <message>
        <source>There is no plan yet; run the planning stage first.</source>
        <translation>Es gibt noch keinen Plan; führen Sie zuerst die Planungsstufe aus.</translation>
    </message>
    <message>
        <source>The API reference could not be read from the code: %1</source>
        <translation>Die API-Referenz konnte nicht aus dem Code gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 does not parse (%2); it is missing from the API reference.</source>
        <translation>%1 lässt sich nicht parsen (%2) und fehlt daher in der API-Referenz.</translation>
    </message>
    <message>
        <source>The documentation&apos;s prose was not the asked-for JSON; the reply&apos;s text is used as the overview.</source>
        <translation>Der Fließtext der Dokumentation war nicht das angeforderte JSON; der Text der Antwort wird als Überblick verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>The documentation check found %n problem(s): %1</source>
        <translation>
            <numerusform>Die Prüfung der Dokumentation hat %n Problem gefunden: %1</numerusform>
            <numerusform>Die Prüfung der Dokumentation hat %n Probleme gefunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The documentation could not be fully checked: %1</source>
        <translation>Die Dokumentation konnte nicht vollständig geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 was edited, so it was kept as it is; delete it to have it written again.</source>
        <translation>%1 wurde bearbeitet und daher unverändert gelassen; löschen Sie die Datei, damit sie neu geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>Pygen::DocumentationPanel</name>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Show Markdown &amp;Source</source>
        <translation>Markdown-&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Which of the package&apos;s documents to show</source>
        <translation>Welches Dokument des Pakets angezeigt wird</translation>
    </message>
    <message>
        <source>Switch between the rendered document and its Markdown source (%1)</source>
        <translation>Zwischen dem gerenderten Dokument und seinem Markdown-Quelltext wechseln (%1)</translation>
    </message>
    <message>
        <source>Show Markdown source</source>
        <translation>Markdown-Quelltext anzeigen</translation>
    </message>
    <message>
        <source>Document outline</source>
        <translation>Gliederung des Dokuments</translation>
    </message>
    <message>
        <source>Headings of the document; choose one to go there</source>
        <translation>Überschriften des Dokuments; wählen Sie eine aus, um dorthin zu springen</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Markdown source</source>
        <translation>Markdown-Quelltext</translation>
    </message>
    <message>
        <source>Documentation appears here once the Document stage has run.</source>
        <translation>Die Dokumentation erscheint hier, sobald die Dokumentationsstufe gelaufen ist.</translation>
    </message>
    <message>
        <source>The package has no file %1 (yet), so the link was not followed.</source>
        <translation>Das Paket enthält (noch) keine Datei %1, daher wurde dem Link nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>Pygen::DocumentationViewer</name>
    <message>
        <source>Open a Markdown file, such as a package&apos;s README.md, to read it here.</source>
        <translation>Öffnen Sie eine Markdown-Datei, etwa die README.md eines Pakets, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>The link %1 was not followed: links to files are followed only in a package&apos;s documentation.</source>
        <translation>Dem Link %1 wurde nicht gefolgt: Links auf Dateien werden nur in der Dokumentation eines Pakets verfolgt.</translation>
    </message>
    <message>
        <source>The link %1 was not followed: only web links, e-mail addresses and files of the package are opened.</source>
        <translation>Dem Link %1 wurde nicht gefolgt: Geöffnet werden nur Weblinks, E-Mail-Adressen und Dateien des Pakets.</translation>
    </message>
    <message>
        <source>The link %1 leads out of the package; it was not followed.</source>
        <translation>Der Link %1 führt aus dem Paket hinaus; ihm wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The link %1 points at the package&apos;s folder, not at a file.</source>
        <translation>Der Link %1 verweist auf den Ordner des Pakets, nicht auf eine Datei.</translation>
    </message>
    <message>
        <source>The link %1 was not followed: %2</source>
        <translation>Dem Link %1 wurde nicht gefolgt: %2</translation>
    </message>
</context>
<context>
    <name>Pygen::EditorArea</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Geöffnete Dateien</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>&amp;Datei schließen</translation>
    </message>
    <message>
        <source>&amp;Next File</source>
        <translation>Nä&amp;chste Datei</translation>
    </message>
    <message>
        <source>&amp;Previous File</source>
        <translation>&amp;Vorherige Datei</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>S&amp;uchen …</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile …</translation>
    </message>
    <message>
        <source>No project is open. Open or create a project first.</source>
        <translation>Es ist kein Projekt geöffnet. Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>%1 is not in the package. It may have been renamed or deleted.</source>
        <translation>%1 ist nicht im Paket. Die Datei wurde möglicherweise umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Editor for %1</source>
        <translation>Editor für %1</translation>
    </message>
    <message>
        <source>%1 could not be generated: %2
Run the generation again to retry.</source>
        <translation>%1 konnte nicht erzeugt werden: %2
Führen Sie die Erzeugung erneut aus, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 is not generated yet. Run the pipeline to generate it.</source>
        <translation>%1 ist noch nicht erzeugt. Führen Sie die Pipeline aus, um die Datei zu erzeugen.</translation>
    </message>
    <message>
        <source>No project is open, so %1 cannot be saved.</source>
        <translation>Es ist kein Projekt geöffnet, daher kann %1 nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save Changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Discard closes the file and loses the changes.</source>
        <translation>„Verwerfen“ schließt die Datei, und die Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>%1 •</source>
        <comment>tab title of a file with unsaved changes</comment>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>%1 was changed in the project while you edited it. Reload takes the project&apos;s text; Keep Mine keeps yours (saving it replaces the project&apos;s).</source>
        <translation>%1 wurde im Projekt geändert, während Sie die Datei bearbeitet haben. „Neu laden“ übernimmt den Text des Projekts; „Meine behalten“ behält Ihren Text (beim Speichern ersetzt er den des Projekts).</translation>
    </message>
    <message>
        <source>%1 was removed from the project. Save to add your text back, or close the file.</source>
        <translation>%1 wurde aus dem Projekt entfernt. Speichern Sie, um Ihren Text wieder hinzuzufügen, oder schließen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 is being generated…</source>
        <translation>%1 wird erzeugt …</translation>
    </message>
    <message>
        <source>%1 is being generated. It can be edited when the model is done.</source>
        <translation>%1 wird erzeugt. Die Datei kann bearbeitet werden, sobald das Modell fertig ist.</translation>
    </message>
    <message>
        <source>%1 was generated again while you had unsaved changes. Reload keeps the new text; Keep Mine brings yours back.</source>
        <translation>%1 wurde erneut erzeugt, während Sie ungespeicherte Änderungen hatten. „Neu laden“ übernimmt den neuen Text; „Meine behalten“ stellt Ihren wieder her.</translation>
    </message>
</context>
<context>
    <name>Pygen::EnhanceStage</name>
    <message>
        <source>the description: %1</source>
        <translation>die Beschreibung: %1</translation>
    </message>
    <message>
        <source>The enhanced description was not the asked-for JSON; its text was kept as it is.</source>
        <translation>Die ausgearbeitete Beschreibung war nicht das angeforderte JSON; ihr Text wurde unverändert übernommen.</translation>
    </message>
    <message>
        <source>feature “%1”: %2</source>
        <translation>Funktion „%1“: %2</translation>
    </message>
    <message>
        <source>The details for feature “%1” were not the asked-for JSON; the text was kept as it is.</source>
        <translation>Die Details zur Funktion „%1“ waren nicht das angeforderte JSON; der Text wurde unverändert übernommen.</translation>
    </message>
    <message>
        <source>Enhancement failed for %1.</source>
        <translation>Ausarbeitung fehlgeschlagen für %1.</translation>
    </message>
    <message>
        <source>the provider&apos;s content filter stopped the reply.</source>
        <translation>der Inhaltsfilter des Anbieters hat die Antwort gestoppt.</translation>
    </message>
    <message>
        <source>the reply was cut off by the output limit.</source>
        <translation>die Antwort wurde vom Ausgabelimit abgeschnitten.</translation>
    </message>
    <message>
        <source>The enhanced request was made for an earlier version of the request, so all of it is enhanced again.</source>
        <translation>Die ausgearbeitete Anfrage stammt von einer früheren Fassung der Anfrage, deshalb wird sie ganz neu ausgearbeitet.</translation>
    </message>
</context>
<context>
    <name>Pygen::EnhancementReviewPage</name>
    <message>
        <source>Description (Markdown)</source>
        <translation>Beschreibung (Markdown)</translation>
    </message>
    <message>
        <source>Pseudocode</source>
        <translation>Pseudocode</translation>
    </message>
    <message>
        <source>Implementation hints, one per line</source>
        <translation>Implementierungshinweise, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Enhance this feature again</source>
        <translation>Diese Funktion erneut &amp;ausarbeiten</translation>
    </message>
    <message>
        <source>Review the enhanced request</source>
        <translation>Ausgearbeitete Anfrage prüfen</translation>
    </message>
    <message>
        <source>The model describes your package and each feature in detail. Correct anything it got wrong; planning works from this text.</source>
        <translation>Das Modell beschreibt Ihr Paket und jede Funktion im Detail. Korrigieren Sie, was es falsch verstanden hat; die Planung geht von diesem Text aus.</translation>
    </message>
    <message>
        <source>Parts of the request</source>
        <translation>Teile der Anfrage</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Asks the model for this feature&apos;s text again; the other features stay as they are.</source>
        <translation>Fordert den Text dieser Funktion erneut beim Modell an; die anderen Funktionen bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Description (Markdown):</source>
        <translation>&amp;Beschreibung (Markdown):</translation>
    </message>
    <message>
        <source>&amp;Pseudocode:</source>
        <translation>&amp;Pseudocode:</translation>
    </message>
    <message>
        <source>&amp;Hints (one per line):</source>
        <translation>&amp;Hinweise (einer pro Zeile):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>The feature was not enhanced again; its text is unchanged.</source>
        <translation>Die Funktion wurde nicht erneut ausgearbeitet; ihr Text ist unverändert.</translation>
    </message>
    <message>
        <source>There is no enhanced request yet. Press Try again to ask the model for it.</source>
        <translation>Es gibt noch keine ausgearbeitete Anfrage. Klicken Sie auf „Erneut versuchen“, um sie beim Modell anzufordern.</translation>
    </message>
    <message>
        <source>Package description</source>
        <translation>Paketbeschreibung</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Enhancing “%1” again</source>
        <translation>„%1“ wird erneut ausgearbeitet</translation>
    </message>
</context>
<context>
    <name>Pygen::ExportCheck</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The package has no files yet, so there is nothing to export. Generate the package first.</source>
        <translation>Das Paket enthält noch keine Dateien, daher gibt es nichts zu exportieren. Erzeugen Sie zuerst das Paket.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have unsaved edits: %1 — save them or they are not exported.</source>
        <translation>
            <numerusform>%n Datei hat ungespeicherte Änderungen: %1 – speichern Sie sie, sonst wird sie nicht exportiert.</numerusform>
            <numerusform>%n Dateien haben ungespeicherte Änderungen: %1 – speichern Sie sie, sonst werden sie nicht exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed to generate: %1. Generate them again or fix them by hand; the export holds what is there now.</source>
        <translation>
            <numerusform>%n Datei konnte nicht erzeugt werden: %1. Erzeugen Sie sie erneut oder korrigieren Sie sie von Hand; der Export enthält den aktuellen Stand.</numerusform>
            <numerusform>%n Dateien konnten nicht erzeugt werden: %1. Erzeugen Sie sie erneut oder korrigieren Sie sie von Hand; der Export enthält den aktuellen Stand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) were never generated: %1. The export leaves them out.</source>
        <translation>
            <numerusform>%n geplante Datei wurde nie erzeugt: %1. Der Export lässt sie weg.</numerusform>
            <numerusform>%n geplante Dateien wurden nie erzeugt: %1. Der Export lässt sie weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan was made without the model because planning failed, so the package may miss what the description asks for. Review the plan or plan again.</source>
        <translation>Der Plan wurde ohne das Modell erstellt, weil die Planung fehlgeschlagen ist; dem Paket fehlt daher möglicherweise, was die Beschreibung verlangt. Prüfen Sie den Plan oder planen Sie erneut.</translation>
    </message>
    <message>
        <source>Generation has not finished, so the package may be incomplete. Run the generation to the end before exporting.</source>
        <translation>Die Erzeugung ist nicht abgeschlossen, daher ist das Paket möglicherweise unvollständig. Führen Sie die Erzeugung vor dem Export bis zum Ende aus.</translation>
    </message>
    <message>
        <source>The documentation has not been written yet. Run the documentation stage for a README and usage guide.</source>
        <translation>Die Dokumentation wurde noch nicht geschrieben. Führen Sie die Dokumentationsstufe aus, um eine README und eine Bedienungsanleitung zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The documentation check found %n problem(s): %1</source>
        <translation>
            <numerusform>Die Prüfung der Dokumentation hat %n Problem gefunden: %1</numerusform>
            <numerusform>Die Prüfung der Dokumentation hat %n Probleme gefunden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::ExportDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Export as Zip</source>
        <translation>Als Zip exportieren</translation>
    </message>
    <message>
        <source>Export to a Folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <source>What the export would miss</source>
        <translation>Was dem Export fehlen würde</translation>
    </message>
    <message>
        <source>Zip file</source>
        <translation>Zip-Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Choose the zip file</source>
        <translation>Zip-Datei wählen</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Replace an earlier export in this folder</source>
        <translation>Früheren Export in diesem Ordner e&amp;rsetzen</translation>
    </message>
    <message>
        <source>Only a folder that holds an earlier export (with a pyproject.toml) is replaced.</source>
        <translation>Ersetzt wird nur ein Ordner, der einen früheren Export (mit einer pyproject.toml) enthält.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Before you export:</source>
        <translation>Vor dem Export:</translation>
    </message>
    <message>
        <source>Blocks the export: %1</source>
        <translation>Verhindert den Export: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The package is complete; nothing stands in the way of the export.</source>
        <translation>Das Paket ist vollständig; dem Export steht nichts im Weg.</translation>
    </message>
    <message>
        <source>Save the Zip As</source>
        <translation>Zip speichern unter</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Choose the Folder to Export Into</source>
        <translation>Ordner für den Export wählen</translation>
    </message>
    <message>
        <source>Enter a file name for the zip, or choose one.</source>
        <translation>Geben Sie einen Dateinamen für die Zip-Datei ein oder wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>Enter a folder for the package, or choose one.</source>
        <translation>Geben Sie einen Ordner für das Paket ein oder wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>Replace the Zip?</source>
        <translation>Zip-Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this export?</source>
        <translation>%1 existiert bereits. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>E&amp;rsetzen</translation>
    </message>
    <message>
        <source>Writing the zip…</source>
        <translation>Zip-Datei wird geschrieben …</translation>
    </message>
    <message>
        <source>Writing the folder…</source>
        <translation>Ordner wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export had already finished when it was cancelled, so %1 holds the new export.</source>
        <translation>Der Export war beim Abbrechen bereits abgeschlossen, daher enthält %1 den neuen Export.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) (%1) to %2.</source>
        <translation>
            <numerusform>%n Datei (%1) nach %2 exportiert.</numerusform>
            <numerusform>%n Dateien (%1) nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::FeatureListEditor</name>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Add Feature</source>
        <translation>Funktion hinzufügen</translation>
    </message>
    <message>
        <source>Remove Feature</source>
        <translation>Funktion entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Paste Features</source>
        <translation>Funktionen einfügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Paste List</source>
        <translation>Liste ein&amp;fügen</translation>
    </message>
</context>
<context>
    <name>Pygen::FeatureListModel</name>
    <message>
        <source>Feature %1 is empty: describe it or remove it.</source>
        <translation>Funktion %1 ist leer: Beschreiben Sie sie oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Feature %1 repeats feature %2: remove one or say how they differ.</source>
        <translation>Funktion %1 wiederholt Funktion %2: Entfernen Sie eine davon oder beschreiben Sie, wie sie sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>Pygen::FeaturesPage</name>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>What must the package do? One feature per row: Insert adds one, F2 edits it, Alt+Up and Alt+Down move it, and Ctrl+V pastes a whole list, one feature per line.</source>
        <translation>Was soll das Paket können? Eine Funktion pro Zeile: Insert fügt eine hinzu, F2 bearbeitet sie, Alt+Up und Alt+Down verschieben sie, und Ctrl+V fügt eine ganze Liste ein, eine Funktion pro Zeile.</translation>
    </message>
    <message>
        <source>F&amp;eatures:</source>
        <translation>&amp;Funktionen:</translation>
    </message>
    <message>
        <source>Long lists tend to give verbose, repetitive packages; consider merging related features.</source>
        <translation>Lange Listen führen oft zu weitschweifigen Paketen mit Wiederholungen; fassen Sie verwandte Funktionen möglichst zusammen.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::FieldProblemLabel</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Pygen::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Replace wi&amp;th:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2). Correct it or turn off &quot;Regular expression&quot;.</source>
        <translation>Kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2). Korrigieren Sie ihn oder schalten Sie „Regulärer Ausdruck“ aus.</translation>
    </message>
    <message>
        <source>Reached the end; continued from the beginning.</source>
        <translation>Ende erreicht; am Anfang fortgesetzt.</translation>
    </message>
    <message>
        <source>Reached the beginning; continued from the end.</source>
        <translation>Anfang erreicht; am Ende fortgesetzt.</translation>
    </message>
    <message>
        <source>Replaced the last match.</source>
        <translation>Letzter Treffer ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es).</source>
        <translation>
            <numerusform>%n Treffer ersetzt.</numerusform>
            <numerusform>%n Treffer ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Pygen::FolderExporter</name>
    <message>
        <source>There is not enough space to write %1 (%2). Free some space or choose another disk. Nothing was changed.</source>
        <translation>Es ist nicht genug Platz, um %1 zu schreiben (%2). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Datenträger. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Nothing was changed.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be set. Nothing was changed.</source>
        <translation>Die Berechtigungen von %1 konnten nicht gesetzt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The package holds an unsafe path: %1 Nothing was written.</source>
        <translation>Das Paket enthält einen unsicheren Pfad: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No folder was given; choose where to write the package.</source>
        <translation>Es wurde kein Ordner angegeben; wählen Sie, wohin das Paket geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The package cannot replace the root folder; choose a folder inside it.</source>
        <translation>Das Paket kann nicht das Wurzelverzeichnis ersetzen; wählen Sie einen Ordner darin.</translation>
    </message>
    <message>
        <source>The folder %1, in which %2 would be made, does not exist. Create it or choose another place.</source>
        <translation>Der Ordner %1, in dem %2 angelegt werden soll, existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another place for the package.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen anderen Ort für das Paket.</translation>
    </message>
    <message>
        <source>%1 is a link. Choose a real folder to write the package into.</source>
        <translation>%1 ist ein symbolischer Link. Wählen Sie einen echten Ordner, in den das Paket geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to write the package into.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner, in den das Paket geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty folder, or allow overwriting (--force with pygen) to replace what is in it.</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen leeren Ordner oder erlauben Sie das Überschreiben (--force bei pygen), um seinen Inhalt zu ersetzen.</translation>
    </message>
    <message>
        <source>Pygen Studio cannot write in %1: %2. Choose a folder you may write to.</source>
        <translation>Pygen Studio kann nicht in %1 schreiben: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The empty folder %1 could not be replaced. Nothing was changed.</source>
        <translation>Der leere Ordner %1 konnte nicht ersetzt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The package could not be moved into %1. Nothing was changed.</source>
        <translation>Das Paket konnte nicht nach %1 verschoben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder %1 could not be moved aside to be replaced. Nothing was changed.</source>
        <translation>Der Ordner %1 konnte nicht zum Ersetzen beiseitegeschoben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The package could not be moved into %1, and the folder that was there could not be put back: it is now %2.</source>
        <translation>Das Paket konnte nicht nach %1 verschoben werden, und der Ordner, der dort war, konnte nicht zurückgelegt werden: Er heißt jetzt %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not look like a package export (it has no pyproject.toml at its top), so it was not replaced. Choose an empty folder or the folder of an earlier export.</source>
        <translation>Der Ordner %1 sieht nicht wie ein Paketexport aus (er enthält auf oberster Ebene keine pyproject.toml) und wurde daher nicht ersetzt. Wählen Sie einen leeren Ordner oder den Ordner eines früheren Exports.</translation>
    </message>
</context>
<context>
    <name>Pygen::GeminiChatStreamParser</name>
    <message>
        <source>an event of the stream is not a JSON object (%1)</source>
        <translation>ein Ereignis des Datenstroms ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>block reason %1</source>
        <translation>Sperrgrund %1</translation>
    </message>
    <message>
        <source>the reply stopped for the reason %1</source>
        <translation>die Antwort endete mit dem Grund %1</translation>
    </message>
    <message>
        <source>an event of the stream exceeds %1 MB</source>
        <translation>ein Ereignis des Datenstroms ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>Pygen::GeneratePage</name>
    <message>
        <source>Generate the package</source>
        <translation>Paket erzeugen</translation>
    </message>
    <message>
        <source>Check the summary, then press Generate. You can follow the files as they are written in the main window.</source>
        <translation>Prüfen Sie die Zusammenfassung und klicken Sie dann auf „Erzeugen“. Im Hauptfenster können Sie verfolgen, wie die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Files to generate</source>
        <translation>Zu erzeugende Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from the plan, and pyproject.toml, LICENSE and .gitignore from templates</source>
        <translation>
            <numerusform>%n Datei aus dem Plan sowie pyproject.toml, LICENSE und .gitignore aus Vorlagen</numerusform>
            <numerusform>%n Dateien aus dem Plan sowie pyproject.toml, LICENSE und .gitignore aus Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by the plan the model makes first</source>
        <translation>Wird durch den Plan bestimmt, den das Modell zuerst erstellt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Files written at once</source>
        <translation>Gleichzeitig geschriebene Dateien</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Preparing the project…</source>
        <translation>Projekt wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>Pygen::GenerateStage</name>
    <message>
        <source>There is no plan yet; run the planning stage first.</source>
        <translation>Es gibt noch keinen Plan; führen Sie zuerst die Planungsstufe aus.</translation>
    </message>
    <message>
        <source>The standard files cannot be made: %1</source>
        <translation>Die Standarddateien können nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the provider&apos;s content filter stopped the reply.</source>
        <translation>der Inhaltsfilter des Anbieters hat die Antwort gestoppt.</translation>
    </message>
    <message numerus="yes">
        <source>the file was still cut off after %n continuation(s); raise the output limit (now %1 tokens) and generate again.</source>
        <translation>
            <numerusform>die Datei war nach %n Fortsetzung immer noch abgeschnitten; erhöhen Sie das Ausgabelimit (derzeit %1 Tokens) und erzeugen Sie sie erneut.</numerusform>
            <numerusform>die Datei war nach %n Fortsetzungen immer noch abgeschnitten; erhöhen Sie das Ausgabelimit (derzeit %1 Tokens) und erzeugen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was cut off by the output limit; continuing (%2 of %3).</source>
        <translation>%1 wurde vom Ausgabelimit abgeschnitten; wird fortgesetzt (%2 von %3).</translation>
    </message>
    <message>
        <source>the model returned no content for it.</source>
        <translation>das Modell hat dafür keinen Inhalt geliefert.</translation>
    </message>
    <message>
        <source>%1: the code block was not closed; the file may be incomplete.</source>
        <translation>%1: Der Codeblock wurde nicht geschlossen; die Datei ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>the model proposed %1, which cannot be written (%2); it was skipped.</source>
        <translation>das Modell hat %1 vorgeschlagen, das nicht geschrieben werden kann (%2); es wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be generated: %1. Run the stage again to retry just these.</source>
        <translation>
            <numerusform>%n Datei konnte nicht erzeugt werden: %1. Führen Sie die Stufe erneut aus, um nur diese noch einmal zu versuchen.</numerusform>
            <numerusform>%n Dateien konnten nicht erzeugt werden: %1. Führen Sie die Stufe erneut aus, um nur diese noch einmal zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the request was cancelled.</source>
        <translation>die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 was deleted during the run, so it is not generated.</source>
        <translation>%1 wurde während des Durchlaufs gelöscht und wird daher nicht erzeugt.</translation>
    </message>
    <message>
        <source>%1 was edited during the run; your version is kept.</source>
        <translation>%1 wurde während des Durchlaufs bearbeitet; Ihre Fassung bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Pygen::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Zeilennummer</translation>
    </message>
    <message>
        <source>&amp;Line (1–%1):</source>
        <translation>&amp;Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>Pygen::HistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2); it is left out.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht gelesen werden (%2); sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>The history file %1 is too large to be a request record; it is left out.</source>
        <translation>Die Verlaufsdatei %1 ist zu groß für einen Anfrageeintrag; sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (%2); it is left out.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt (%2); sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The history file %1 names no known stage; it is left out.</source>
        <translation>Die Verlaufsdatei %1 nennt keine bekannte Stufe; sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1 tokens in</source>
        <translation>%1 Tokens Eingabe</translation>
    </message>
    <message>
        <source>%1 tokens out</source>
        <translation>%1 Tokens Ausgabe</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>Was: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Verbrauch: %1</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Pygen::HistoryPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>&amp;Antwort kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy the request</source>
        <translation>Anfrage &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the &amp;reply</source>
        <translation>&amp;Antwort kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in the history</source>
        <translation>Im Verlauf &amp;suchen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search prompts, replies, files… (Ctrl+F)</source>
        <translation>Prompts, Antworten, Dateien durchsuchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Model requests</source>
        <translation>Modellanfragen</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>Prompt of the selected request</source>
        <translation>Prompt der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Select a request to see its prompt.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihren Prompt zu sehen.</translation>
    </message>
    <message>
        <source>Reply to the selected request</source>
        <translation>Antwort auf die ausgewählte Anfrage</translation>
    </message>
    <message>
        <source>Select a request to see the model&apos;s reply.</source>
        <translation>Wählen Sie eine Anfrage aus, um die Antwort des Modells zu sehen.</translation>
    </message>
    <message>
        <source>Usage of the selected request</source>
        <translation>Verbrauch der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Copies the selected request as text: stage, file, prompt, reply and usage.</source>
        <translation>Kopiert die ausgewählte Anfrage als Text: Stufe, Datei, Prompt, Antwort und Verbrauch.</translation>
    </message>
    <message>
        <source>Copies only the model&apos;s reply.</source>
        <translation>Kopiert nur die Antwort des Modells.</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>R&amp;eply:</source>
        <translation>A&amp;ntwort:</translation>
    </message>
    <message>
        <source>%1 · outcome: %2</source>
        <translation>%1 · Ergebnis: %2</translation>
    </message>
    <message>
        <source>%1 · model: %2</source>
        <translation>%1 · Modell: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requests match</source>
        <translation>
            <numerusform>%1 von %n Anfrage passt</numerusform>
            <numerusform>%1 von %n Anfragen passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::IdeaPage</name>
    <message>
        <source>Your idea</source>
        <translation>Ihre Idee</translation>
    </message>
    <message>
        <source>Name the package and describe what it is for. The names it is imported and installed by follow from its name; change them if you like.</source>
        <translation>Benennen Sie das Paket und beschreiben Sie, wofür es gedacht ist. Die Namen, unter denen es importiert und installiert wird, ergeben sich aus seinem Namen; Sie können sie bei Bedarf ändern.</translation>
    </message>
    <message>
        <source>Weather Station</source>
        <translation>Meine Wetterstation</translation>
    </message>
    <message>
        <source>weather_station</source>
        <translation>meine_wetterstation</translation>
    </message>
    <message>
        <source>weather-station</source>
        <translation>meine-wetterstation</translation>
    </message>
    <message>
        <source>What the package does and for whom, in a few sentences. Mention the data it works with and anything it must not do; the features come on the next page.</source>
        <translation>Was das Paket tut und für wen, in wenigen Sätzen. Nennen Sie die Daten, mit denen es arbeitet, und alles, was es nicht tun darf; die Funktionen folgen auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Derive the import name from the package name again</source>
        <translation>Importnamen erneut aus dem Paketnamen ableiten</translation>
    </message>
    <message>
        <source>Reset import name</source>
        <translation>Importnamen zurücksetzen</translation>
    </message>
    <message>
        <source>Derive the distribution name from the package name again</source>
        <translation>Distributionsnamen erneut aus dem Paketnamen ableiten</translation>
    </message>
    <message>
        <source>Reset distribution name</source>
        <translation>Distributionsnamen zurücksetzen</translation>
    </message>
    <message>
        <source>Package na&amp;me:</source>
        <translation>Paket&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Import name:</source>
        <translation>&amp;Importname:</translation>
    </message>
    <message>
        <source>&amp;Distribution name:</source>
        <translation>&amp;Distributionsname:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The name needs at least one letter or digit (A–Z, 0–9) to make a package name from.</source>
        <translation>Der Name braucht mindestens einen Buchstaben oder eine Ziffer (A–Z, 0–9), um daraus einen Paketnamen zu bilden.</translation>
    </message>
</context>
<context>
    <name>Pygen::JsonSchemaValidator</name>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must have at least %1 characters (it has %2)</source>
        <translation>muss mindestens %1 Zeichen haben (es sind %2)</translation>
    </message>
    <message>
        <source>must have at most %1 characters (it has %2)</source>
        <translation>darf höchstens %1 Zeichen haben (es sind %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the pattern %2</source>
        <translation>„%1“ passt nicht zum Muster %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must have at least 1 item</source>
        <translation>muss mindestens 1 Element haben</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>muss mindestens %1 Elemente haben</translation>
    </message>
    <message>
        <source>must have at most 1 item (it has %1)</source>
        <translation>darf höchstens 1 Element haben (es sind %1)</translation>
    </message>
    <message>
        <source>must have at most %1 items (it has %2)</source>
        <translation>darf höchstens %1 Elemente haben (es sind %2)</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>wiederholt %1</translation>
    </message>
    <message>
        <source>must be empty</source>
        <translation>muss leer sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannter Schlüssel „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>must be one of: %1 (not %2)</source>
        <translation>muss einer der folgenden Werte sein: %1 (nicht %2)</translation>
    </message>
</context>
<context>
    <name>Pygen::KeyCommand</name>
    <message>
        <source>Stores an API key in the system keychain (read from standard input), or removes it. Environment variables such as GROQ_API_KEY still take precedence over a stored key.</source>
        <translation>Speichert einen API-Schlüssel im Schlüsselbund des Systems (von der Standardeingabe gelesen) oder entfernt ihn. Umgebungsvariablen wie GROQ_API_KEY haben weiterhin Vorrang vor einem gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>set or remove</source>
        <translation>set oder remove</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Mögliche Werte: %1.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Run &apos;pygen key --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „pygen key --help“.</translation>
    </message>
    <message>
        <source>say what to do and for which provider, for example: pygen key set groq</source>
        <translation>Geben Sie an, was geschehen soll und für welchen Anbieter, zum Beispiel: pygen key set groq</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Choose one of: %2.</source>
        <translation>Unbekannter Anbieter „%1“. Wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>no key came on standard input. Type or paste it, or pipe it in: pygen key set %1 &lt; key-file</source>
        <translation>Auf der Standardeingabe ist kein Schlüssel angekommen. Tippen Sie ihn ein, fügen Sie ihn ein oder leiten Sie ihn per Pipe weiter: pygen key set %1 &lt; key-file</translation>
    </message>
    <message>
        <source>Key for %1 (not shown): </source>
        <translation>Schlüssel für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The key for %1 is no longer stored.</source>
        <translation>Der Schlüssel für %1 ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>The key for %1 was not stored, because no keychain accepted it. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Schlüssel für %1 wurde nicht gespeichert, weil ihn kein Schlüsselbund angenommen hat. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key for %1 was not stored, because no keychain accepted it. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), or set %2 instead.</source>
        <translation>Der Schlüssel für %1 wurde nicht gespeichert, weil ihn kein Schlüsselbund angenommen hat. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) oder setzen Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>The key for %1 is stored in the keychain.</source>
        <translation>Der Schlüssel für %1 ist im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>Pygen::MainWindow</name>
    <message>
        <source>Package files</source>
        <translation>Paketdateien</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Pygen Studio</source>
        <translation>Ü&amp;ber Pygen Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>About Pygen Studio</source>
        <translation>Über Pygen Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pygen Studio %1&lt;/h3&gt;&lt;p&gt;Turns an idea for a Python package into a complete, tested and documented package with the help of language models, local or in the cloud.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pygen Studio %1&lt;/h3&gt;&lt;p&gt;Macht aus einer Idee für ein Python-Paket ein vollständiges, getestetes und dokumentiertes Paket – mit Hilfe von Sprachmodellen, lokal oder in der Cloud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Create a package with File › New Package, or open a project.</source>
        <translation>Erstellen Sie ein Paket mit Datei › Neues Paket oder öffnen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>Pipeline progress</source>
        <translation>Fortschritt der Pipeline</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Anfrageverlauf</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;New Package…</source>
        <translation>&amp;Neues Paket …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Projekt öffnen …</translation>
    </message>
    <message>
        <source>New Package from &amp;Spec or Plan…</source>
        <translation>Neues Paket aus &amp;Spezifikation oder Plan …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Export as &amp;Zip…</source>
        <translation>Als &amp;Zip exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export to &amp;Folder…</source>
        <translation>In &amp;Ordner exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Run Remaining Stages</source>
        <translation>&amp;Verbleibende Stufen ausführen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Cannot run the pipeline</source>
        <translation>Die Pipeline kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Durchlauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Pygen Studio &amp;Help</source>
        <translation>&amp;Hilfe zu Pygen Studio</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>Run &amp;Stage Again</source>
        <translation>Stufe &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Cannot run the stage again</source>
        <translation>Die Stufe kann nicht erneut ausgeführt werden</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>New Package from a Spec or Plan</source>
        <translation>Neues Paket aus einer Spezifikation oder einem Plan</translation>
    </message>
    <message>
        <source>Spec or plan files (*.json)</source>
        <translation>Spezifikations- oder Plandateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The project was repaired while opening</source>
        <translation>Das Projekt wurde beim Öffnen repariert</translation>
    </message>
    <message>
        <source>The pipeline finished.</source>
        <translation>Die Pipeline ist fertig.</translation>
    </message>
    <message>
        <source>The pipeline stopped.</source>
        <translation>Die Pipeline wurde angehalten.</translation>
    </message>
    <message>
        <source>Could not save to the project</source>
        <translation>Im Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pygen Studio Help</source>
        <translation>Hilfe zu Pygen Studio</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>The pipeline is running</source>
        <translation>Die Pipeline läuft</translation>
    </message>
    <message>
        <source>Stop the run? Files already generated are kept, and the next run goes on from there.</source>
        <translation>Den Durchlauf anhalten? Bereits erzeugte Dateien bleiben erhalten, und der nächste Durchlauf setzt dort fort.</translation>
    </message>
    <message>
        <source>Stop the Run</source>
        <translation>Durchlauf anhalten</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>These files have changes that are not saved:
%1</source>
        <translation>Diese Dateien enthalten nicht gespeicherte Änderungen:
%1</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
</context>
<context>
    <name>Pygen::MarkdownChecker</name>
    <message>
        <source>heading level jumps from %1 to %2</source>
        <translation>Überschriftenebene springt von %1 auf %2</translation>
    </message>
    <message>
        <source>code block opened with %1 is never closed</source>
        <translation>mit %1 geöffneter Codeblock wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>The check of the documentation was cancelled.</source>
        <translation>Die Prüfung der Dokumentation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Python block does not compile: %1</source>
        <translation>Python-Block lässt sich nicht kompilieren: %1</translation>
    </message>
</context>
<context>
    <name>Pygen::ModelJson</name>
    <message>
        <source>(top level): must be an object</source>
        <translation>(oberste Ebene): muss ein Objekt sein</translation>
    </message>
    <message>
        <source>The reply has no JSON object; answer with one JSON object.</source>
        <translation>Die Antwort enthält kein JSON-Objekt; antworten Sie mit einem einzigen JSON-Objekt.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON: %1 near &quot;%2&quot;.</source>
        <translation>Die Antwort ist kein gültiges JSON: %1 bei „%2“.</translation>
    </message>
</context>
<context>
    <name>Pygen::ModelPage</name>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>Schlüssel spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Pu&amp;ll Model</source>
        <translation>Modell &amp;herunterladen</translation>
    </message>
    <message>
        <source>Stop Pull&amp;ing</source>
        <translation>Herunterladen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Choose who writes the package: a model on this machine through Ollama, or a cloud provider.</source>
        <translation>Wählen Sie, wer das Paket schreibt: ein Modell auf diesem Rechner über Ollama oder ein Cloud-Anbieter.</translation>
    </message>
    <message>
        <source>Key notice</source>
        <translation>Hinweis zum Schlüssel</translation>
    </message>
    <message>
        <source>Ask the provider for its models now</source>
        <translation>Den Anbieter jetzt nach seinen Modellen fragen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Use &amp;Groq</source>
        <translation>&amp;Groq verwenden</translation>
    </message>
    <message>
        <source>Use Google G&amp;emini</source>
        <translation>Google G&amp;emini verwenden</translation>
    </message>
    <message>
        <source>Use an OpenAI-&amp;compatible server</source>
        <translation>OpenAI-&amp;kompatiblen Server verwenden</translation>
    </message>
    <message>
        <source>Model to &amp;pull:</source>
        <translation>Herunterzuladendes Mo&amp;dell:</translation>
    </message>
    <message>
        <source>Pull progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Pull status</source>
        <translation>Download-Status</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>%1 — %2 context</source>
        <translation>%1 — %2 Kontext</translation>
    </message>
    <message>
        <source>http://host:port/v1</source>
        <translation>http://host:port/v1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Looking for the key for %1…</source>
        <translation>Schlüssel für %1 wird gesucht …</translation>
    </message>
    <message>
        <source>Asking %1 at %2 for its models…</source>
        <translation>%1 unter %2 wird nach seinen Modellen gefragt …</translation>
    </message>
    <message>
        <source>Ollama answers at %1 but has no models yet. Pull one below; it can take a while.</source>
        <translation>Ollama antwortet unter %1, hat aber noch keine Modelle. Laden Sie unten eines herunter; das kann eine Weile dauern.</translation>
    </message>
    <message>
        <source>%1 at %2 offers no models. Check the address, or choose another provider.</source>
        <translation>%1 unter %2 bietet keine Modelle an. Prüfen Sie die Adresse oder wählen Sie einen anderen Anbieter.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
    <message>
        <source>Connected: %1 (server %2).</source>
        <translation>Verbunden: %1 (Server %2).</translation>
    </message>
    <message>
        <source>No Ollama at %1: start it with “ollama serve”, or choose a cloud provider below.</source>
        <translation>Kein Ollama unter %1: Starten Sie es mit „ollama serve“ oder wählen Sie unten einen Cloud-Anbieter.</translation>
    </message>
    <message>
        <source>Enter the name of a model, such as “%1”.</source>
        <translation>Geben Sie den Namen eines Modells ein, etwa „%1“.</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 ist bereit.</translation>
    </message>
    <message>
        <source>The pull was stopped.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The key is saved in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key is kept until Pygen Studio closes.</source>
        <translation>Der Schlüssel wird aufbewahrt, bis Pygen Studio beendet wird.</translation>
    </message>
</context>
<context>
    <name>Pygen::ModelsCommand</name>
    <message>
        <source>Lists the models a provider offers, with their context length.</source>
        <translation>Listet die Modelle eines Anbieters mit ihrer Kontextlänge auf.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Run &apos;pygen models --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „pygen models --help“.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Ollama at %1 has no models installed. Pull one, for example: ollama pull llama3.2</source>
        <translation>In Ollama unter %1 sind keine Modelle installiert. Laden Sie eines herunter, zum Beispiel: ollama pull llama3.2</translation>
    </message>
    <message>
        <source>%1 at %2 offers no models.</source>
        <translation>%1 unter %2 bietet keine Modelle an.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 unter %3</translation>
    </message>
</context>
<context>
    <name>Pygen::NewPackageWizard</name>
    <message>
        <source>New Package</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>New package wizard</source>
        <translation>Assistent für neue Pakete</translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation>Diese Datei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a spec or plan file.</source>
        <translation>%1 ist zu groß für eine Spezifikations- oder Plandatei.</translation>
    </message>
    <message>
        <source>%1 is not a usable plan:
%2</source>
        <translation>%1 ist kein brauchbarer Plan:
%2</translation>
    </message>
    <message>
        <source>%1 is not a usable package request (spec):
%2</source>
        <translation>%1 ist keine brauchbare Paketanfrage (Spezifikation):
%2</translation>
    </message>
    <message>
        <source>Close the Wizard</source>
        <translation>Assistenten schließen</translation>
    </message>
    <message>
        <source>Close the wizard? The project in %1 keeps what was done so far; open it later with File › Open Recent.</source>
        <translation>Den Assistenten schließen? Das Projekt in %1 behält, was bisher getan wurde; öffnen Sie es später über Datei › Zuletzt geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Close Wizard</source>
        <translation>Assistenten &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>Pygen::OllamaChatStreamParser</name>
    <message>
        <source>a line of the stream exceeds %1 MB</source>
        <translation>eine Zeile des Datenstroms ist größer als %1 MB</translation>
    </message>
    <message>
        <source>a line of the stream is not a JSON object (%1)</source>
        <translation>eine Zeile des Datenstroms ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Pygen::OllamaClient</name>
    <message>
        <source>The request needs about %1 tokens, but “%2” accepts %3. Ollama keeps only the end of a prompt that is too long, so the start is lost: shorten the input or choose a model with a larger context.</source>
        <translation>Die Anfrage braucht etwa %1 Tokens, aber „%2“ verarbeitet nur %3. Ollama behält von einem zu langen Prompt nur das Ende, der Anfang geht also verloren: Kürzen Sie die Eingabe oder wählen Sie ein Modell mit größerem Kontext.</translation>
    </message>
    <message>
        <source>Could not read the context length of “%1” (%2); the request uses a context of %3 tokens.</source>
        <translation>Die Kontextlänge von „%1“ konnte nicht gelesen werden (%2); die Anfrage verwendet einen Kontext von %3 Tokens.</translation>
    </message>
    <message>
        <source>Ollama could not pull “%1” (%2). Check the name in the library at https://ollama.com/library.</source>
        <translation>Ollama konnte „%1“ nicht herunterladen (%2). Prüfen Sie den Namen in der Bibliothek unter https://ollama.com/library.</translation>
    </message>
    <message>
        <source>the download ended before Ollama reported success</source>
        <translation>der Download endete, bevor Ollama den Erfolg meldete</translation>
    </message>
    <message>
        <source>Ollama evaluated %1 prompt tokens for “%2”, which fills its context of %3 tokens: the prompt was probably truncated. Shorten the input or choose a model with a larger context.</source>
        <translation>Ollama hat für „%2“ %1 Eingabe-Tokens ausgewertet und damit den Kontext von %3 Tokens gefüllt: Der Prompt wurde wahrscheinlich gekürzt. Kürzen Sie die Eingabe oder wählen Sie ein Modell mit größerem Kontext.</translation>
    </message>
</context>
<context>
    <name>Pygen::OpenAiChatStreamParser</name>
    <message>
        <source>an event of the stream is not a JSON object (%1)</source>
        <translation>ein Ereignis des Datenstroms ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>an event of the stream exceeds %1 MB</source>
        <translation>ein Ereignis des Datenstroms ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>Pygen::OptionsPage</name>
    <message>
        <source>&amp;Pause after enhancing and planning, so I can review and edit</source>
        <translation>Nach dem Ausarbeiten und Planen &amp;pausieren, damit ich prüfen und bearbeiten kann</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>How the package is licensed and built, and where the project is kept.</source>
        <translation>Wie das Paket lizenziert und gebaut wird und wo das Projekt gespeichert wird.</translation>
    </message>
    <message>
        <source>Python %1 or newer</source>
        <translation>Python %1 oder neuer</translation>
    </message>
    <message>
        <source>Optional: the name in the licence&apos;s copyright line</source>
        <translation>Optional: der Name in der Copyright-Zeile der Lizenz</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Requests sent at once. Automatic sends one at a time to local servers and four to cloud providers.</source>
        <translation>Anzahl gleichzeitig gesendeter Anfragen. „Automatisch“ sendet an lokale Server jeweils eine und an Cloud-Anbieter vier.</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython:</translation>
    </message>
    <message>
        <source>Build &amp;tool:</source>
        <translation>Build-&amp;Werkzeug:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;ordner:</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Wählen Sie einen Ordner für das Projekt.</translation>
    </message>
    <message>
        <source>Give the full path of the folder, such as “%1”.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners an, etwa „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a file. Choose a folder that does not exist yet, or an empty one.</source>
        <translation>„%1“ ist eine Datei. Wählen Sie einen Ordner, der noch nicht existiert, oder einen leeren Ordner.</translation>
    </message>
    <message>
        <source>“%1” already contains files. Choose a new folder or an empty one; the project will not mix with other files.</source>
        <translation>„%1“ enthält bereits Dateien. Wählen Sie einen neuen oder einen leeren Ordner; das Projekt wird nicht mit anderen Dateien vermischt.</translation>
    </message>
    <message>
        <source>You cannot write to “%1”. Choose another folder.</source>
        <translation>Sie können nicht in „%1“ schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>“%1” cannot be made: “%2” is not a folder.</source>
        <translation>„%1“ kann nicht angelegt werden: „%2“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>“%1” cannot be made: you cannot write to “%2”. Choose another place.</source>
        <translation>„%1“ kann nicht angelegt werden: Sie können nicht in „%2“ schreiben. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Ordner wird geprüft …</translation>
    </message>
    <message>
        <source>Choose the Project Folder</source>
        <translation>Projektordner wählen</translation>
    </message>
    <message>
        <source>Enter a version, such as “0.1.0”.</source>
        <translation>Geben Sie eine Version ein, etwa „0.1.0“.</translation>
    </message>
    <message>
        <source>“%1” is not a version pip understands. Use numbers with dots, such as “0.1.0” or “1.0rc1”.</source>
        <translation>„%1“ ist keine Version, die pip versteht. Verwenden Sie durch Punkte getrennte Zahlen, etwa „0.1.0“ oder „1.0rc1“.</translation>
    </message>
    <message>
        <source>The project was created in “%1”; start a new package to use another folder.</source>
        <translation>Das Projekt wurde in „%1“ angelegt; beginnen Sie ein neues Paket, um einen anderen Ordner zu verwenden.</translation>
    </message>
</context>
<context>
    <name>Pygen::Package</name>
    <message>
        <source>The file %1 has %2, more than the limit of %3 for one file; it was not stored.</source>
        <translation>Die Datei %1 ist %2 groß, mehr als die Grenze von %3 für eine Datei; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The path %1 differs from %2 only in letter case; the two would collide on macOS and Windows. Rename one of them.</source>
        <translation>Der Pfad %1 unterscheidet sich von %2 nur in der Groß-/Kleinschreibung; die beiden würden unter macOS und Windows kollidieren. Benennen Sie einen davon um.</translation>
    </message>
    <message>
        <source>The path %1 and the path %2 would need the same name as both a file and a folder.</source>
        <translation>Der Pfad %1 und der Pfad %2 würden denselben Namen zugleich für eine Datei und einen Ordner benötigen.</translation>
    </message>
    <message>
        <source>The package already has %1 files, the limit; %2 was not stored.</source>
        <translation>Das Paket hat bereits %1 Dateien, das Maximum; %2 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Storing %1 would make the package larger than the limit of %2; it was not stored.</source>
        <translation>Mit %1 würde das Paket die Grenze von %2 überschreiten; die Datei wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The path %1 puts a file in the folder %2, but %3 is in the folder %4, which differs only in letter case; they would be two folders in a zip and one on macOS and Windows. Rename one so both use the same spelling.</source>
        <translation>Der Pfad %1 legt eine Datei im Ordner %2 ab, aber %3 liegt im Ordner %4, der sich davon nur in der Groß-/Kleinschreibung unterscheidet; in einem ZIP-Archiv wären das zwei Ordner, unter macOS und Windows einer. Benennen Sie einen davon um, sodass beide dieselbe Schreibweise verwenden.</translation>
    </message>
</context>
<context>
    <name>Pygen::PackageNameRules</name>
    <message>
        <source>Enter the name the package is imported by, such as “weather_station”.</source>
        <translation>Geben Sie den Namen ein, unter dem das Paket importiert wird, etwa „meine_wetterstation“.</translation>
    </message>
    <message>
        <source>Use lower-case ASCII letters, digits and underscores.</source>
        <translation>Verwenden Sie ASCII-Kleinbuchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>Try “%1”.</source>
        <translation>Versuchen Sie „%1“.</translation>
    </message>
    <message>
        <source>The import name may only use ASCII letters, digits and underscores. %1</source>
        <translation>Der Importname darf nur ASCII-Buchstaben, Ziffern und Unterstriche enthalten. %1</translation>
    </message>
    <message>
        <source>An import name cannot start with a digit. %1</source>
        <translation>Ein Importname darf nicht mit einer Ziffer beginnen. %1</translation>
    </message>
    <message>
        <source>An import name may only contain letters, digits and underscores (no spaces, hyphens or dots). %1</source>
        <translation>Ein Importname darf nur Buchstaben, Ziffern und Unterstriche enthalten (keine Leerzeichen, Bindestriche oder Punkte). %1</translation>
    </message>
    <message>
        <source>“%1” is a Python keyword, so “import %1” would not work. Try “pkg_%2”.</source>
        <translation>„%1“ ist ein Python-Schlüsselwort, daher würde „import %1“ nicht funktionieren. Versuchen Sie „pkg_%2“.</translation>
    </message>
    <message>
        <source>Import names are lower case (PEP 8). Try “%1”.</source>
        <translation>Importnamen werden kleingeschrieben (PEP 8). Versuchen Sie „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a module of Python&apos;s standard library; the two would hide each other. Choose another name, such as “%1_tools”.</source>
        <translation>„%1“ ist ein Modul der Python-Standardbibliothek; beide würden sich gegenseitig verdecken. Wählen Sie einen anderen Namen, etwa „%1_tools“.</translation>
    </message>
    <message>
        <source>Enter the name pip installs the package by, such as “weather-station”.</source>
        <translation>Geben Sie den Namen ein, unter dem pip das Paket installiert, etwa „meine-wetterstation“.</translation>
    </message>
    <message>
        <source>Use ASCII letters, digits, hyphens, underscores and dots.</source>
        <translation>Verwenden Sie ASCII-Buchstaben, Ziffern, Bindestriche, Unterstriche und Punkte.</translation>
    </message>
    <message>
        <source>A distribution name may only contain ASCII letters, digits, hyphens, underscores and dots. %1</source>
        <translation>Ein Distributionsname darf nur ASCII-Buchstaben, Ziffern, Bindestriche, Unterstriche und Punkte enthalten. %1</translation>
    </message>
    <message>
        <source>A distribution name must start and end with a letter or digit. %1</source>
        <translation>Ein Distributionsname muss mit einem Buchstaben oder einer Ziffer beginnen und enden. %1</translation>
    </message>
</context>
<context>
    <name>Pygen::PackagePath</name>
    <message>
        <source>The path is empty.</source>
        <translation>Der Pfad ist leer.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains an unpaired surrogate (U+%2), which is not text.</source>
        <translation>Der Pfad „%1“ enthält ein ungepaartes Surrogat (U+%2), das kein Text ist.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains a control character (U+%2); file names must be printable.</source>
        <translation>Der Pfad „%1“ enthält ein Steuerzeichen (U+%2); Dateinamen müssen druckbar sein.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains a backslash; use &apos;/&apos; between folders.</source>
        <translation>Der Pfad „%1“ enthält einen Backslash; verwenden Sie „/“ zwischen Ordnern.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; starts with a drive letter; it must be relative to the package.</source>
        <translation>Der Pfad „%1“ beginnt mit einem Laufwerksbuchstaben; er muss relativ zum Paket sein.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is absolute; it must be relative to the package.</source>
        <translation>Der Pfad „%1“ ist absolut; er muss relativ zum Paket sein.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains &apos;:&apos;, which Windows does not allow in file names.</source>
        <translation>Der Pfad „%1“ enthält „:“, was Windows in Dateinamen nicht erlaubt.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains &apos;%2&apos;, which Windows does not allow in file names.</source>
        <translation>Der Pfad „%1“ enthält „%2“, was Windows in Dateinamen nicht erlaubt.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; uses &quot;..&quot;, which leaves the package.</source>
        <translation>Der Pfad „%1“ verwendet „..“ und verlässt damit das Paket.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; has an empty folder name (&quot;//&quot; or a trailing &apos;/&apos;).</source>
        <translation>Der Pfad „%1“ hat einen leeren Ordnernamen („//“ oder ein abschließendes „/“).</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains a &quot;.&quot; folder; name every folder.</source>
        <translation>Der Pfad „%1“ enthält einen Ordner „.“; geben Sie jedem Ordner einen Namen.</translation>
    </message>
    <message>
        <source>The name &quot;%1…&quot; in the path is %2 bytes long; names may have at most %3 bytes.</source>
        <translation>Der Name „%1…“ im Pfad ist %2 Bytes lang; Namen dürfen höchstens %3 Bytes haben.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; in the path &quot;%2&quot; is a device on Windows (like CON, NUL or AUX); rename it.</source>
        <translation>Der Name „%1“ im Pfad „%2“ ist unter Windows ein Gerät (wie CON, NUL oder AUX); benennen Sie ihn um.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; in the path &quot;%2&quot; ends with a space or a dot, which Windows drops.</source>
        <translation>Der Name „%1“ im Pfad „%2“ endet mit einem Leerzeichen oder Punkt, den Windows entfernt.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains &quot;%2&quot;, a tool folder (version control, virtual environment or cache) that must not be part of a package.</source>
        <translation>Der Pfad „%1“ enthält „%2“, einen Werkzeugordner (Versionsverwaltung, virtuelle Umgebung oder Cache), der nicht Teil eines Pakets sein darf.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is compiled Python (&quot;%2&quot;), a file tools make that must not be part of a package.</source>
        <translation>Der Pfad „%1“ ist kompiliertes Python („%2“), eine von Werkzeugen erzeugte Datei, die nicht Teil eines Pakets sein darf.</translation>
    </message>
</context>
<context>
    <name>Pygen::PackageTemplates</name>
    <message>
        <source>A dependency is empty; remove it or name the package it stands for.</source>
        <translation>Eine Abhängigkeit ist leer; entfernen Sie sie oder nennen Sie das Paket, für das sie steht.</translation>
    </message>
    <message>
        <source>The dependency &quot;%1&quot; is not a requirement string. Write a package name, optionally with extras, versions and a marker, such as &quot;requests&gt;=2.31&quot; or &quot;tomli&gt;=2; python_version &lt; &apos;3.11&apos;&quot;.</source>
        <translation>Die Abhängigkeit „%1“ ist keine Anforderungsangabe. Schreiben Sie einen Paketnamen, optional mit Extras, Versionen und einem Marker, etwa „requests&gt;=2.31“ oder „tomli&gt;=2; python_version &lt; &apos;3.11&apos;“.</translation>
    </message>
    <message>
        <source>The package depends on itself (&quot;%1&quot;); remove that dependency.</source>
        <translation>Das Paket hängt von sich selbst ab („%1“); entfernen Sie diese Abhängigkeit.</translation>
    </message>
    <message>
        <source>The dependency &quot;%1&quot; names %2, which is part of Python&apos;s standard library; remove it from the dependencies.</source>
        <translation>Die Abhängigkeit „%1“ nennt %2, das zur Standardbibliothek von Python gehört; entfernen Sie es aus den Abhängigkeiten.</translation>
    </message>
    <message>
        <source>The %1 authors</source>
        <translation>Die Autoren von %1</translation>
    </message>
    <message>
        <source>The licence &quot;%1&quot; is not one Pygen Studio has a text for; choose one of %2.</source>
        <translation>Für die Lizenz „%1“ hat Pygen Studio keinen Text; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>The build backend &quot;%1&quot; is not supported; choose one of %2.</source>
        <translation>Das Build-Backend „%1“ wird nicht unterstützt; wählen Sie eines von %2.</translation>
    </message>
    <message>
        <source>The distribution name &quot;%1&quot; is not valid: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting and ending with a letter or digit, such as &quot;weather-station&quot;.</source>
        <translation>Der Distributionsname „%1“ ist ungültig: Verwenden Sie Buchstaben, Ziffern, „-“, „_“ und „.“, mit einem Buchstaben oder einer Ziffer am Anfang und Ende, etwa „weather-station“.</translation>
    </message>
    <message>
        <source>The import name &quot;%1&quot; is not a Python identifier: use ASCII letters, digits and &apos;_&apos;, not starting with a digit and not a keyword, such as &quot;weather_station&quot;.</source>
        <translation>Der Importname „%1“ ist kein Python-Bezeichner: Verwenden Sie ASCII-Buchstaben, Ziffern und „_“, ohne Ziffer am Anfang und kein Schlüsselwort, etwa „weather_station“.</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; is not a PEP 440 version; use numbers separated by dots, such as &quot;0.1.0&quot; or &quot;1.0rc1&quot;.</source>
        <translation>Die Version „%1“ ist keine Version nach PEP 440; verwenden Sie durch Punkte getrennte Zahlen, etwa „0.1.0“ oder „1.0rc1“.</translation>
    </message>
    <message>
        <source>The minimum Python version &quot;%1&quot; is not a Python 3 version such as &quot;3.9&quot;; give the major and minor version.</source>
        <translation>Die minimale Python-Version „%1“ ist keine Python-3-Version wie „3.9“; geben Sie Haupt- und Nebenversion an.</translation>
    </message>
    <message>
        <source>The source folder &quot;%1&quot; is not supported; use &quot;src&quot; for the src layout or nothing for a flat layout.</source>
        <translation>Der Quellordner „%1“ wird nicht unterstützt; verwenden Sie „src“ für das src-Layout oder nichts für ein flaches Layout.</translation>
    </message>
    <message>
        <source>The copyright year %1 is not a plausible year; give a year such as 2026.</source>
        <translation>Das Copyright-Jahr %1 ist kein plausibles Jahr; geben Sie ein Jahr wie 2026 an.</translation>
    </message>
</context>
<context>
    <name>Pygen::PackageTreeModel</name>
    <message>
        <source>edited by you</source>
        <translation>von Ihnen bearbeitet</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>wird erzeugt</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Planned, not generated yet</source>
        <translation>Geplant, noch nicht erzeugt</translation>
    </message>
    <message>
        <source>Being generated</source>
        <translation>Wird erzeugt</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>Erzeugung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Edited by you.</source>
        <translation>Von Ihnen bearbeitet.</translation>
    </message>
    <message>
        <source>Written from a template because the model could not write it.</source>
        <translation>Aus einer Vorlage geschrieben, weil das Modell die Datei nicht schreiben konnte.</translation>
    </message>
    <message>
        <source>Package files</source>
        <translation>Paketdateien</translation>
    </message>
</context>
<context>
    <name>Pygen::PackageTreeView</name>
    <message>
        <source>Package files</source>
        <translation>Paketdateien</translation>
    </message>
    <message>
        <source>The files of the package with their state. Enter opens a file, F2 renames it, Del deletes it.</source>
        <translation>Die Dateien des Pakets mit ihrem Zustand. Eingabe öffnet eine Datei, F2 benennt sie um, Entf löscht sie.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Neue Datei …</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Rename File</source>
        <translation>Datei umbenennen</translation>
    </message>
    <message>
        <source>New path of %1 inside the package (use / for folders):</source>
        <translation>Neuer Pfad von %1 innerhalb des Pakets (/ für Ordner verwenden):</translation>
    </message>
    <message>
        <source>Cannot Rename %1</source>
        <translation>%1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Datei löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder %1 and the %n file(s) in it?</source>
        <translation>
            <numerusform>Den Ordner %1 und die %n Datei darin löschen?</numerusform>
            <numerusform>Den Ordner %1 und die %n Dateien darin löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>The files are removed from the package folder on disk. This cannot be undone.</source>
        <translation>Die Dateien werden aus dem Paketordner auf dem Datenträger entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cannot Delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 is only planned, not written yet. Remove it from the plan instead.</source>
        <translation>%1 ist nur geplant und noch nicht geschrieben. Entfernen Sie die Datei stattdessen aus dem Plan.</translation>
    </message>
    <message>
        <source>New File</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>Path of the new file inside the package (use / for folders):</source>
        <translation>Pfad der neuen Datei innerhalb des Pakets (/ für Ordner verwenden):</translation>
    </message>
    <message>
        <source>Cannot Create the File</source>
        <translation>Die Datei kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Pygen::PipelineCommand</name>
    <message>
        <source>Screens and enhances a package request and prints the enhanced specification as JSON: a detailed description, and for each feature a description, pseudocode and hints.</source>
        <translation>Prüft eine Paketanfrage, arbeitet sie aus und gibt die ausgearbeitete Spezifikation als JSON aus: eine ausführliche Beschreibung sowie für jede Funktion eine Beschreibung, Pseudocode und Hinweise.</translation>
    </message>
    <message>
        <source>Plans a package: prints the plan as JSON (files, roles, purposes and interfaces). Edit it and give it to &apos;pygen generate --plan&apos;.</source>
        <translation>Plant ein Paket: Gibt den Plan als JSON aus (Dateien, Rollen, Zwecke und Schnittstellen). Bearbeiten Sie ihn und übergeben Sie ihn an „pygen generate --plan“.</translation>
    </message>
    <message>
        <source>Generates a whole package: enhance, plan, write every file, document. The --out folder becomes a project (the package is in its package/ folder); running the same command again picks up an unfinished run without asking for finished files again.</source>
        <translation>Erzeugt ein ganzes Paket: ausarbeiten, planen, jede Datei schreiben, dokumentieren. Der Ordner --out wird zu einem Projekt (das Paket liegt in dessen Ordner package/); wird derselbe Befehl erneut ausgeführt, setzt er einen unvollständigen Lauf fort, ohne fertige Dateien erneut anzufordern.</translation>
    </message>
    <message>
        <source>The package request: a JSON file with name, description and features.</source>
        <translation>Die Paketanfrage: eine JSON-Datei mit Name, Beschreibung und Funktionen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The model to ask (see &apos;pygen models&apos;).</source>
        <translation>Das anzufragende Modell (siehe „pygen models“).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests at once (default: 1 for Ollama, 4 for cloud providers).</source>
        <translation>Gleichzeitige Anfragen (Standard: 1 für Ollama, 4 für Cloud-Anbieter).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>The most tokens one reply may have before it is continued (default %1).</source>
        <translation>Wie viele Tokens eine Antwort höchstens haben darf, bevor sie fortgesetzt wird (Standard %1).</translation>
    </message>
    <message>
        <source>The model&apos;s context length, when the provider does not say or says wrong; below %1 a compact context prompt is used.</source>
        <translation>Die Kontextlänge des Modells, wenn der Anbieter sie nicht oder falsch angibt; unter %1 wird ein kompakter Kontext-Prompt verwendet.</translation>
    </message>
    <message>
        <source>Ask the provider even for requests answered before.</source>
        <translation>Den Anbieter auch bei schon einmal beantworteten Anfragen fragen.</translation>
    </message>
    <message>
        <source>Use this plan (JSON) instead of planning.</source>
        <translation>Diesen Plan (JSON) verwenden, statt zu planen.</translation>
    </message>
    <message>
        <source>The project folder: empty, new, or one to resume.</source>
        <translation>Der Projektordner: leer, neu oder einer, der fortgesetzt werden soll.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Also write the package as a zip file.</source>
        <translation>Das Paket zusätzlich als ZIP-Datei schreiben.</translation>
    </message>
    <message>
        <source>Run &apos;pygen %1 --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „pygen %1 --help“.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>choose a model with --model; &apos;pygen models --provider %1&apos; lists them.</source>
        <translation>Wählen Sie mit --model ein Modell; „pygen models --provider %1“ listet die Modelle auf.</translation>
    </message>
    <message>
        <source>--concurrency must be a positive whole number, not “%1”.</source>
        <translation>--concurrency muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-tokens must be a positive whole number, not “%1”.</source>
        <translation>--max-tokens muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--context-tokens must be a positive whole number, not “%1”.</source>
        <translation>--context-tokens muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>give the package request with --spec FILE (see shared/examples/specs/ for examples).</source>
        <translation>Geben Sie die Paketanfrage mit --spec DATEI an (Beispiele finden Sie in shared/examples/specs/).</translation>
    </message>
    <message>
        <source>%1 is not a valid package request:</source>
        <translation>%1 ist keine gültige Paketanfrage:</translation>
    </message>
    <message>
        <source>%1 is not a usable plan:</source>
        <translation>%1 ist kein brauchbarer Plan:</translation>
    </message>
    <message>
        <source>give the project folder with --out FOLDER.</source>
        <translation>Geben Sie den Projektordner mit --out ORDNER an.</translation>
    </message>
    <message>
        <source>%1 is a file; --out needs a folder.</source>
        <translation>%1 ist eine Datei; --out braucht einen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder; --zip needs a file name.</source>
        <translation>%1 ist ein Ordner; --zip braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 holds a project for another request (“%2”). Give the same --spec to resume it, or choose another --out folder.</source>
        <translation>%1 enthält ein Projekt für eine andere Anfrage („%2“). Geben Sie dieselbe --spec an, um es fortzusetzen, oder wählen Sie einen anderen Ordner für --out.</translation>
    </message>
    <message>
        <source>Resuming the project in %1.</source>
        <translation>Das Projekt in %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Plan given with --plan.</source>
        <translation>Plan mit --plan übergeben.</translation>
    </message>
    <message>
        <source>Cancelled. Run the same command again to continue where it stopped.</source>
        <translation>Abgebrochen. Führen Sie denselben Befehl erneut aus, um dort fortzufahren, wo er aufgehört hat.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>%n Datei in %2 s nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien in %2 s nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n file(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Datei).</numerusform>
            <numerusform>%1 geschrieben (%n Dateien).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::PipelinePanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Run this stage again</source>
        <translation>Diese Stufe &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Files being generated</source>
        <translation>Dateien in Erzeugung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress of the stage</source>
        <translation>Fortschritt der Stufe</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Request to show</source>
        <translation>Anzuzeigende Anfrage</translation>
    </message>
    <message>
        <source>&amp;Live text of:</source>
        <translation>&amp;Live-Text von:</translation>
    </message>
    <message>
        <source>Live text from the model</source>
        <translation>Live-Text des Modells</translation>
    </message>
    <message>
        <source>The model&apos;s text appears here while it writes.</source>
        <translation>Der Text des Modells erscheint hier, während es schreibt.</translation>
    </message>
    <message>
        <source>Tokens and time</source>
        <translation>Tokens und Zeit</translation>
    </message>
    <message>
        <source>Retry waits</source>
        <translation>Wartezeiten für Wiederholungsversuche</translation>
    </message>
    <message>
        <source>Pipeline status</source>
        <translation>Pipeline-Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Runs the selected stage again; the stages after it go back to pending.</source>
        <translation>Führt die ausgewählte Stufe erneut aus; die Stufen danach werden wieder ausstehend.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Running: %1…</source>
        <translation>Läuft: %1 …</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Tokens in: %1 · out: %2 · %3 tokens/s · %4 elapsed</source>
        <translation>Tokens Eingabe: %1 · Ausgabe: %2 · %3 Tokens/s · %4 vergangen</translation>
    </message>
    <message numerus="yes">
        <source>%n cached replies</source>
        <translation>
            <numerusform>%n Antwort aus dem Cache</numerusform>
            <numerusform>%n Antworten aus dem Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Wird erzeugt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the running requests to stop…</source>
        <translation>Wird abgebrochen: Warten, bis die laufenden Anfragen gestoppt sind …</translation>
    </message>
    <message>
        <source>Cannot run “%1” again: %2</source>
        <translation>„%1“ kann nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Cancelled. Finished files are kept; run the pipeline again to continue.</source>
        <translation>Abgebrochen. Fertige Dateien bleiben erhalten; führen Sie die Pipeline erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped: a stage failed. See the message above, then run it again.</source>
        <translation>Angehalten: Eine Stufe ist fehlgeschlagen. Lesen Sie die Meldung oben und führen Sie sie dann erneut aus.</translation>
    </message>
    <message>
        <source>Stops the running requests; finished files are kept.</source>
        <translation>Hält die laufenden Anfragen an; fertige Dateien bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Pygen::PipelineProgressPrinter</name>
    <message numerus="yes">
        <source>%1: done in %2 s, %n output token(s).</source>
        <translation>
            <numerusform>%1: fertig in %2 s, %n Ausgabe-Token.</numerusform>
            <numerusform>%1: fertig in %2 s, %n Ausgabe-Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stopped after %2 s. %3</source>
        <translation>%1: nach %2 s gestoppt. %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s), %1 s</source>
        <translation>
            <numerusform>%n Token, %1 s</numerusform>
            <numerusform>%n Tokens, %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>  [%1/%2] %3 (%4)</source>
        <translation>  [%1/%2] %3 (%4)</translation>
    </message>
    <message>
        <source>  [%1/%2] %3 failed (%4)</source>
        <translation>  [%1/%2] %3 fehlgeschlagen (%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Pygen::PipelineStage</name>
    <message>
        <source>Screening the request</source>
        <translation>Anfrage wird geprüft</translation>
    </message>
    <message>
        <source>Enhancing the request</source>
        <translation>Anfrage wird ausgearbeitet</translation>
    </message>
    <message>
        <source>Writing the context prompt</source>
        <translation>Kontext-Prompt wird geschrieben</translation>
    </message>
    <message>
        <source>Planning the package</source>
        <translation>Paket wird geplant</translation>
    </message>
    <message>
        <source>Generating the files</source>
        <translation>Dateien werden erzeugt</translation>
    </message>
    <message>
        <source>Writing the documentation</source>
        <translation>Dokumentation wird geschrieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Pygen::PlanItemDelegate</name>
    <message>
        <source>File role</source>
        <translation>Dateirolle</translation>
    </message>
</context>
<context>
    <name>Pygen::PlanReader</name>
    <message>
        <source>planVersion: this plan has format version %1, but this Pygen Studio reads version %2 only; update Pygen Studio to read it</source>
        <translation>planVersion: Dieser Plan hat die Formatversion %1, aber dieses Pygen Studio liest nur Version %2; aktualisieren Sie Pygen Studio, um ihn zu lesen</translation>
    </message>
    <message>
        <source>(top level): not a plan</source>
        <translation>(oberste Ebene): kein Plan</translation>
    </message>
    <message>
        <source>The plan file %1 does not exist.</source>
        <translation>Die Plandatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file; give the path of a plan (.json) file.</source>
        <translation>%1 ist keine Datei; geben Sie den Pfad einer Plandatei (.json) an.</translation>
    </message>
    <message>
        <source>%1 is too large to be a plan file.</source>
        <translation>%1 ist zu groß für eine Plandatei.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be read: %2.</source>
        <translation>Die Plandatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>importName: &quot;%1&quot; is a Python keyword, so it cannot be imported; choose another name</source>
        <translation>importName: „%1“ ist ein Python-Schlüsselwort und kann daher nicht importiert werden; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>importName: &quot;%1&quot; is not a Python identifier (ASCII letters, digits and underscores, not starting with a digit)</source>
        <translation>importName: „%1“ ist kein Python-Bezeichner (ASCII-Buchstaben, Ziffern und Unterstriche, ohne Ziffer am Anfang)</translation>
    </message>
    <message>
        <source>distributionName: &quot;%1&quot; is not a valid distribution name (ASCII letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting and ending with a letter or digit)</source>
        <translation>distributionName: „%1“ ist kein gültiger Distributionsname (ASCII-Buchstaben, Ziffern, „-“, „_“ und „.“, mit einem Buchstaben oder einer Ziffer am Anfang und Ende)</translation>
    </message>
    <message>
        <source>summary: must not be empty</source>
        <translation>summary: darf nicht leer sein</translation>
    </message>
    <message>
        <source>dependencies[%1]: &quot;%2&quot; is not a PEP 508 requirement (such as &quot;numpy&gt;=1.24&quot;)</source>
        <translation>dependencies[%1]: „%2“ ist keine Anforderung nach PEP 508 (etwa „numpy&gt;=1.24“)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is written from a template; leave it out of the plan</source>
        <translation>%1: „%2“ wird aus einer Vorlage geschrieben; lassen Sie die Datei im Plan weg</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already planned as files[%3]</source>
        <translation>%1: „%2“ ist bereits als files[%3] geplant</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; differs from &quot;%3&quot; (files[%4]) only in letter case; the two would collide on macOS and Windows</source>
        <translation>%1: „%2“ unterscheidet sich von „%3“ (files[%4]) nur in der Groß-/Kleinschreibung; die beiden würden unter macOS und Windows kollidieren</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is planned as a file, but files[%3] (&quot;%4&quot;) needs it as a folder</source>
        <translation>%1: „%2“ ist als Datei geplant, aber files[%3] („%4“) braucht es als Ordner</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has the role module but is not a .py file; give other files another role</source>
        <translation>%1: „%2“ hat die Rolle module, ist aber keine .py-Datei; geben Sie anderen Dateien eine andere Rolle</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not inside the import package &quot;%3&quot;; module files go in %4 (or %5)</source>
        <translation>%1: „%2“ liegt nicht im Importpaket „%3“; Moduldateien gehören nach %4 (oder %5)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is in %3, but files[%4] put the package in %5; use one layout</source>
        <translation>%1: „%2“ liegt in %3, aber files[%4] legt das Paket in %5 ab; verwenden Sie ein einheitliches Layout</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; in &quot;%3&quot; is a Python keyword, so it cannot be imported; choose another name</source>
        <translation>%1: „%2“ in „%3“ ist ein Python-Schlüsselwort und kann daher nicht importiert werden; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; in &quot;%3&quot; is not a Python identifier (ASCII letters, digits and underscores, not starting with a digit), so it cannot be imported</source>
        <translation>%1: „%2“ in „%3“ ist kein Python-Bezeichner (ASCII-Buchstaben, Ziffern und Unterstriche, ohne Ziffer am Anfang) und kann daher nicht importiert werden</translation>
    </message>
    <message>
        <source>%1: pytest collects only test_*.py and *_test.py files; rename &quot;%2&quot;</source>
        <translation>%1: pytest sammelt nur Dateien namens test_*.py und *_test.py; benennen Sie „%2“ um</translation>
    </message>
    <message>
        <source>files[%1].dependsOn[%2]: &quot;%3&quot; is not a planned file</source>
        <translation>files[%1].dependsOn[%2]: „%3“ ist keine geplante Datei</translation>
    </message>
    <message>
        <source>files: no module file is planned; plan at least %1__init__.py</source>
        <translation>files: Es ist keine Moduldatei geplant; planen Sie mindestens %1__init__.py ein</translation>
    </message>
    <message>
        <source>files: &quot;%1__init__.py&quot; is missing; the package needs it</source>
        <translation>files: „%1__init__.py“ fehlt; das Paket braucht diese Datei</translation>
    </message>
    <message>
        <source>%1: the module &quot;%2&quot; has no test; plan tests/test_%3.py or list the module in a test file&apos;s dependsOn</source>
        <translation>%1: Das Modul „%2“ hat keinen Test; planen Sie tests/test_%3.py ein oder führen Sie das Modul im dependsOn einer Testdatei auf</translation>
    </message>
    <message>
        <source>files[%1].purpose: must not be empty</source>
        <translation>files[%1].purpose: darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>Pygen::PlanReviewPage</name>
    <message>
        <source>Add fi&amp;le</source>
        <translation>&amp;Datei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add &amp;interface entry</source>
        <translation>&amp;Schnittstelleneintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>Neu &amp;planen</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <source>These are the files the model will write and what each must provide. Edit paths, roles, purposes and interfaces; problems are listed beside the tree as you type.</source>
        <translation>Dies sind die Dateien, die das Modell schreiben wird, und was jede bereitstellen muss. Bearbeiten Sie Pfade, Rollen, Zwecke und Schnittstellen; Probleme werden schon während der Eingabe neben dem Baum aufgelistet.</translation>
    </message>
    <message>
        <source>The model did not produce a usable plan; this is a simple fallback plan — review it, or press Plan again.</source>
        <translation>Das Modell hat keinen brauchbaren Plan geliefert; dies ist ein einfacher Ersatzplan – prüfen Sie ihn oder klicken Sie auf „Neu planen“.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Runtime dependencies, one per line</source>
        <translation>Laufzeitabhängigkeiten, eine pro Zeile</translation>
    </message>
    <message>
        <source>One requirement per line, such as numpy&gt;=1.24</source>
        <translation>Eine Anforderung pro Zeile, etwa numpy&gt;=1.24</translation>
    </message>
    <message>
        <source>Planned files</source>
        <translation>Geplante Dateien</translation>
    </message>
    <message>
        <source>Problems in the plan</source>
        <translation>Probleme im Plan</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Adds a file to the plan (%1)</source>
        <translation>Fügt dem Plan eine Datei hinzu (%1)</translation>
    </message>
    <message>
        <source>Removes the selected file or interface entry (Del)</source>
        <translation>Entfernt die ausgewählte Datei oder den ausgewählten Schnittstelleneintrag (Entf)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Adds a name the selected file must provide (%1)</source>
        <translation>Fügt einen Namen hinzu, den die ausgewählte Datei bereitstellen muss (%1)</translation>
    </message>
    <message>
        <source>Asks the model for a new plan; your edits to this one are dropped.</source>
        <translation>Fordert beim Modell einen neuen Plan an; Ihre Änderungen an diesem Plan gehen verloren.</translation>
    </message>
    <message>
        <source>I&amp;mport name:</source>
        <translation>&amp;Importname:</translation>
    </message>
    <message>
        <source>&amp;Distribution name:</source>
        <translation>Distributions&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Dependen&amp;cies:</source>
        <translation>&amp;Abhängigkeiten:</translation>
    </message>
    <message>
        <source>Planned fil&amp;es:</source>
        <translation>&amp;Geplante Dateien:</translation>
    </message>
    <message>
        <source>Pr&amp;oblems:</source>
        <translation>Pr&amp;obleme:</translation>
    </message>
    <message>
        <source>There is no plan yet. Press Try again to ask the model for one.</source>
        <translation>Es gibt noch keinen Plan. Klicken Sie auf „Erneut versuchen“, um das Modell nach einem Plan zu fragen.</translation>
    </message>
    <message>
        <source>No problems: the plan can be generated.</source>
        <translation>Keine Probleme: Der Plan kann erzeugt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before going on. Select one to go to it.</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor es weitergeht. Wählen Sie es aus, um dorthin zu springen.</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor es weitergeht. Wählen Sie eines aus, um dorthin zu springen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the file the interface entry belongs to, then add it.</source>
        <translation>Wählen Sie die Datei aus, zu der der Schnittstelleneintrag gehört, und fügen Sie ihn dann hinzu.</translation>
    </message>
</context>
<context>
    <name>Pygen::PlanStage</name>
    <message>
        <source>The plan was cut off by the output limit; make it shorter (fewer, larger files).</source>
        <translation>Der Plan wurde vom Ausgabelimit abgeschnitten; machen Sie ihn kürzer (weniger, dafür größere Dateien).</translation>
    </message>
    <message numerus="yes">
        <source>the model&apos;s plan still had problems after %n attempt(s): %1</source>
        <translation>
            <numerusform>der Plan des Modells hatte nach %n Versuch immer noch Probleme: %1</numerusform>
            <numerusform>der Plan des Modells hatte nach %n Versuchen immer noch Probleme: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan had %n problem(s) (%1); asking the model to correct them (attempt %2 of %3).</source>
        <translation>
            <numerusform>Der Plan hatte %n Problem (%1); das Modell wird gebeten, es zu beheben (Versuch %2 von %3).</numerusform>
            <numerusform>Der Plan hatte %n Probleme (%1); das Modell wird gebeten, sie zu beheben (Versuch %2 von %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>A fallback plan (a module, an example and a test per feature) is used because %1. Review it, or edit the plan and generate again.</source>
        <translation>Es wird ein Ersatzplan (ein Modul, ein Beispiel und ein Test pro Funktion) verwendet, denn %1. Prüfen Sie ihn oder bearbeiten Sie den Plan und erzeugen Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>importName: must be &quot;%1&quot;, the name chosen in the request</source>
        <translation>importName: muss „%1“ sein, der in der Anfrage gewählte Name</translation>
    </message>
    <message>
        <source>distributionName: must be &quot;%1&quot;, the name chosen in the request</source>
        <translation>distributionName: muss „%1“ sein, der in der Anfrage gewählte Name</translation>
    </message>
</context>
<context>
    <name>Pygen::PlanTreeModel</name>
    <message>
        <source>Path / signature</source>
        <translation>Pfad / Signatur</translation>
    </message>
    <message>
        <source>Role / summary</source>
        <translation>Rolle / Zusammenfassung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
</context>
<context>
    <name>Pygen::Project</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a project file</source>
        <translation>ist keine Projektdatei</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is damaged (%1 at byte %2)</source>
        <translation>ist beschädigt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>is damaged (not a JSON object)</source>
        <translation>ist beschädigt (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>The project in %1 was saved by a newer Pygen Studio (project format %2; this version reads format %3 and older). Update Pygen Studio to open it.</source>
        <translation>Das Projekt in %1 wurde von einem neueren Pygen Studio gespeichert (Projektformat %2; diese Version liest Format %3 und älter). Aktualisieren Sie Pygen Studio, um es zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the project.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner für das Projekt.</translation>
    </message>
    <message>
        <source>%1 already holds a Pygen Studio project. Open it, or choose an empty folder for a new project.</source>
        <translation>%1 enthält bereits ein Pygen-Studio-Projekt. Öffnen Sie es oder wählen Sie einen leeren Ordner für ein neues Projekt.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty or new folder for the project, so that none of your files is mixed with it or overwritten.</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen leeren oder neuen Ordner für das Projekt, damit keine Ihrer Dateien damit vermischt oder überschrieben wird.</translation>
    </message>
    <message>
        <source>Could not create the project folder %1. Check that you may write there.</source>
        <translation>Der Projektordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a project folder. Choose the folder that holds project.json.</source>
        <translation>%1 ist eine Datei, kein Projektordner. Wählen Sie den Ordner, der project.json enthält.</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist.</source>
        <translation>Der Projektordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Pygen Studio project: it has no project.json. Choose the folder that holds project.json, or create a new project.</source>
        <translation>%1 ist kein Pygen-Studio-Projekt: Es enthält keine project.json. Wählen Sie den Ordner, der project.json enthält, oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>The project in %1 cannot be opened: project.json %2, and its previous copy (project.json.previous) %3. Restore project.json from a backup, or create a new project.</source>
        <translation>Das Projekt in %1 kann nicht geöffnet werden: project.json %2, und die vorherige Kopie (project.json.previous) %3. Stellen Sie project.json aus einer Sicherung wieder her oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>project.json %1; its previous copy from %2 was used instead, so the latest changes may be missing.</source>
        <translation>project.json %1; stattdessen wurde die vorherige Kopie vom %2 verwendet, daher fehlen möglicherweise die neuesten Änderungen.</translation>
    </message>
    <message>
        <source>project.json listed a file with an unsafe path; it was dropped. %1</source>
        <translation>project.json führte eine Datei mit unsicherem Pfad auf; sie wurde verworfen. %1</translation>
    </message>
    <message>
        <source>package/%1 is a symbolic link; it was not loaded.</source>
        <translation>package/%1 ist ein symbolischer Link; die Datei wurde nicht geladen.</translation>
    </message>
    <message>
        <source>package/%1 is %2, larger than a package file may be; it was not loaded.</source>
        <translation>package/%1 ist %2 groß, größer als eine Paketdatei sein darf; die Datei wurde nicht geladen.</translation>
    </message>
    <message>
        <source>package/%1 cannot be read (%2); it was not loaded.</source>
        <translation>package/%1 kann nicht gelesen werden (%2); die Datei wurde nicht geladen.</translation>
    </message>
    <message>
        <source>package/%1 is not part of the project; it was added as an edited file.</source>
        <translation>package/%1 gehört nicht zum Projekt; die Datei wurde als bearbeitete Datei hinzugefügt.</translation>
    </message>
    <message>
        <source>package/%1 was found, but the project has no record of writing it (Pygen Studio may have stopped while saving); it was kept as an edited file.</source>
        <translation>package/%1 wurde gefunden, aber das Projekt hat keinen Eintrag darüber, dass es die Datei geschrieben hat (Pygen Studio wurde möglicherweise beim Speichern beendet); sie wurde als bearbeitete Datei behalten.</translation>
    </message>
    <message>
        <source>package/%1 was changed outside Pygen Studio; the change is kept and the file is marked as edited.</source>
        <translation>package/%1 wurde außerhalb von Pygen Studio geändert; die Änderung bleibt erhalten und die Datei wird als bearbeitet markiert.</translation>
    </message>
    <message>
        <source>package/%1 was not loaded: %2</source>
        <translation>package/%1 wurde nicht geladen: %2</translation>
    </message>
    <message>
        <source>package/%1 is missing; it is planned again and will be generated on the next run.</source>
        <translation>package/%1 fehlt; die Datei wird erneut eingeplant und beim nächsten Lauf erzeugt.</translation>
    </message>
    <message>
        <source>%1: %2 is a symbolic link, and Pygen Studio does not write or delete through links, so that no file outside the project is changed. Remove the link (put a real file or folder in its place) and try again.</source>
        <translation>%1: %2 ist ein symbolischer Link, und Pygen Studio schreibt und löscht nicht über Links, damit keine Datei außerhalb des Projekts geändert wird. Entfernen Sie den Link (setzen Sie eine echte Datei oder einen echten Ordner an seine Stelle) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Did not save %1</source>
        <translation>%1 wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is a file, where a folder is needed. Move or rename that file.</source>
        <translation>%1 konnte nicht gespeichert werden: %2 ist eine Datei, wo ein Ordner benötigt wird. Verschieben Sie diese Datei oder benennen Sie sie um.</translation>
    </message>
    <message>
        <source>Could not save %1: the disk is full (%2). Free some space and try again.</source>
        <translation>%1 konnte nicht gespeichert werden: Der Datenträger ist voll (%2). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Check that you have permission to write to the folder %3.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Prüfen Sie, ob Sie die Berechtigung haben, in den Ordner %3 zu schreiben.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Did not save %1: the damaged file could not be kept as %2 (%3). Check that you may write to the folder %4, or move project.json somewhere else yourself.</source>
        <translation>%1 wurde nicht gespeichert: Die beschädigte Datei konnte nicht als %2 aufbewahrt werden (%3). Prüfen Sie, ob Sie in den Ordner %4 schreiben dürfen, oder verschieben Sie project.json selbst an einen anderen Ort.</translation>
    </message>
    <message>
        <source>Did not delete %1</source>
        <translation>%1 wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Could not delete %1: %2. Check that you have permission to change files in the folder %3.</source>
        <translation>%1 konnte nicht gelöscht werden: %2. Prüfen Sie, ob Sie die Berechtigung haben, Dateien im Ordner %3 zu ändern.</translation>
    </message>
    <message>
        <source>project.json %1; its previous copy from %2 was used instead, so the latest changes may be missing. The damaged file is kept as %3: merge anything you need from it, then delete it.</source>
        <translation>project.json %1; stattdessen wurde die vorherige Kopie vom %2 verwendet, daher fehlen möglicherweise die neuesten Änderungen. Die beschädigte Datei wird als %3 aufbewahrt: Übernehmen Sie daraus, was Sie benötigen, und löschen Sie sie dann.</translation>
    </message>
</context>
<context>
    <name>Pygen::ProjectSession</name>
    <message>
        <source>Choose a provider and a model first.</source>
        <translation>Wählen Sie zuerst einen Anbieter und ein Modell.</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>The pipeline is already running. Wait for it to finish or cancel it first.</source>
        <translation>Die Pipeline läuft bereits. Warten Sie, bis sie fertig ist, oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>There is no feature %1 to enhance again.</source>
        <translation>Es gibt keine Funktion %1, die erneut ausgearbeitet werden könnte.</translation>
    </message>
    <message>
        <source>The request cannot change while the pipeline runs. Cancel it first.</source>
        <translation>Die Anfrage kann nicht geändert werden, während die Pipeline läuft. Brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>The enhanced request cannot change while the pipeline runs. Cancel it first.</source>
        <translation>Die ausgearbeitete Anfrage kann nicht geändert werden, während die Pipeline läuft. Brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>Edited by you.</source>
        <translation>Von Ihnen bearbeitet.</translation>
    </message>
    <message>
        <source>The plan cannot change while the pipeline runs. Cancel it first.</source>
        <translation>Der Plan kann nicht geändert werden, während die Pipeline läuft. Brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>%1 is being generated. Wait until it is done, or cancel the run.</source>
        <translation>%1 wird gerade erzeugt. Warten Sie, bis die Datei fertig ist, oder brechen Sie den Lauf ab.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is not in the package.</source>
        <translation>%1 ist nicht im Paket enthalten.</translation>
    </message>
    <message>
        <source>%1 has no content yet, so there is nothing to rename. Rename it in the plan instead.</source>
        <translation>%1 hat noch keinen Inhalt, daher gibt es nichts umzubenennen. Benennen Sie die Datei stattdessen im Plan um.</translation>
    </message>
</context>
<context>
    <name>Pygen::ProjectState</name>
    <message>
        <source>projectVersion: is required; this is not a Pygen Studio project file</source>
        <translation>projectVersion: ist erforderlich; dies ist keine Pygen-Studio-Projektdatei</translation>
    </message>
    <message>
        <source>projectVersion: must be a whole number from 1</source>
        <translation>projectVersion: muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>projectVersion: the project has format version %1, but this Pygen Studio reads up to version %2; update Pygen Studio to open it</source>
        <translation>projectVersion: Das Projekt hat die Formatversion %1, aber dieses Pygen Studio liest bis Version %2; aktualisieren Sie Pygen Studio, um es zu öffnen</translation>
    </message>
    <message>
        <source>spec: is missing or not a spec</source>
        <translation>spec: fehlt oder ist keine Spezifikation</translation>
    </message>
    <message>
        <source>enhancedSpec: is not an enhanced spec</source>
        <translation>enhancedSpec: ist keine ausgearbeitete Spezifikation</translation>
    </message>
    <message>
        <source>contextPrompt: must be a string</source>
        <translation>contextPrompt: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>plan: is not a plan</source>
        <translation>plan: ist kein Plan</translation>
    </message>
    <message>
        <source>stages: must be an object</source>
        <translation>stages: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>stages.%1: unknown stage</source>
        <translation>stages.%1: unbekannte Stufe</translation>
    </message>
    <message>
        <source>stages.%1.state: unknown state</source>
        <translation>stages.%1.state: unbekannter Zustand</translation>
    </message>
    <message>
        <source>files: must be an object</source>
        <translation>files: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>files[&quot;%1&quot;]: is not a file record</source>
        <translation>files[&quot;%1&quot;]: ist kein Dateieintrag</translation>
    </message>
    <message>
        <source>documentationProblems: must be an array</source>
        <translation>documentationProblems: muss ein Array sein</translation>
    </message>
    <message>
        <source>settings: must be an object</source>
        <translation>settings: muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>Pygen::ProviderClient</name>
    <message>
        <source>nothing at %1; check the base URL</source>
        <translation>unter %1 ist nichts zu finden; prüfen Sie die Basis-URL</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Pygen::ProviderConfiguration</name>
    <message>
        <source>%1 needs a base URL, for example http://127.0.0.1:8080/v1.</source>
        <translation>%1 braucht eine Basis-URL, zum Beispiel http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid base URL for %2. Give a full address such as http://127.0.0.1:8080/v1.</source>
        <translation>„%1“ ist keine gültige Basis-URL für %2. Geben Sie eine vollständige Adresse an, etwa http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <source>The base URL for %1 must start with http:// or https://, not “%2://”.</source>
        <translation>Die Basis-URL für %1 muss mit http:// oder https:// beginnen, nicht mit „%2://“.</translation>
    </message>
    <message>
        <source>Refusing to send the key for %1 over plain http to %2: anyone on the network could read it. Use an https:// address, or a server on this machine.</source>
        <translation>Der Schlüssel für %1 wird nicht über unverschlüsseltes http an %2 gesendet: Jeder im Netzwerk könnte ihn mitlesen. Verwenden Sie eine https://-Adresse oder einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <source>%1 needs an API key. Store it in Settings ▸ Providers.</source>
        <translation>%1 braucht einen API-Schlüssel. Speichern Sie ihn unter Einstellungen ▸ Anbieter.</translation>
    </message>
    <message>
        <source>%1 needs an API key. Store it in Settings ▸ Providers, or set the environment variable %2.</source>
        <translation>%1 braucht einen API-Schlüssel. Speichern Sie ihn unter Einstellungen ▸ Anbieter oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>Pygen::ProviderErrorMessages</name>
    <message>
        <source>Set the key in Settings ▸ Providers.</source>
        <translation>Hinterlegen Sie den Schlüssel unter Einstellungen ▸ Anbieter.</translation>
    </message>
    <message>
        <source>Set the key in Settings ▸ Providers, or in the environment variable %1.</source>
        <translation>Hinterlegen Sie den Schlüssel unter Einstellungen ▸ Anbieter oder in der Umgebungsvariablen %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <source>No Ollama is answering at %1. Start it with “ollama serve”, or choose another provider.</source>
        <translation>Unter %1 antwortet kein Ollama. Starten Sie es mit „ollama serve“ oder wählen Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (%2). Check the base URL and your network connection, or choose another provider.</source>
        <translation>Unter %1 antwortet nichts (%2). Prüfen Sie die Basis-URL und Ihre Netzwerkverbindung oder wählen Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 broke: %3.</source>
        <translation>Die Verbindung zu %1 unter %2 ist abgebrochen: %3.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The key for %1 was rejected (%2). %3</source>
        <translation>Der Schlüssel für %1 wurde abgelehnt (%2). %3</translation>
    </message>
    <message>
        <source>%1 needs an API key and none is set. %2</source>
        <translation>%1 braucht einen API-Schlüssel, aber es ist keiner hinterlegt. %2</translation>
    </message>
    <message>
        <source>%1 has no model “%2” (%3). Run “pygen models --provider %4” to see the models it offers.</source>
        <translation>%1 hat kein Modell „%2“ (%3). „pygen models --provider %4“ zeigt die angebotenen Modelle.</translation>
    </message>
    <message>
        <source>%1 rate-limited the request (%2).</source>
        <translation>%1 hat die Anfrage gedrosselt (%2).</translation>
    </message>
    <message>
        <source>The quota of your %1 account is used up (%2), so the request was not retried. Check your plan and billing, or choose another provider.</source>
        <translation>Das Kontingent Ihres Kontos bei %1 ist aufgebraucht (%2), daher wurde die Anfrage nicht wiederholt. Prüfen Sie Ihren Tarif und die Abrechnung oder wählen Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>The request is too large for %1 (%2). Shorten the input, choose a model with a larger context, or lower the output limit.</source>
        <translation>Die Anfrage ist zu groß für %1 (%2). Kürzen Sie die Eingabe, wählen Sie ein Modell mit größerem Kontext oder senken Sie das Ausgabelimit.</translation>
    </message>
    <message>
        <source>%1 rejected the request with HTTP %2: %3</source>
        <translation>%1 hat die Anfrage mit HTTP %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 hat mit HTTP %2 einen Fehler gemeldet: %3</translation>
    </message>
    <message>
        <source>%1 reported an error in the middle of the reply: %2</source>
        <translation>%1 hat mitten in der Antwort einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>%1 blocked the prompt (%2). Rephrase the request.</source>
        <translation>%1 hat den Prompt blockiert (%2). Formulieren Sie die Anfrage um.</translation>
    </message>
    <message>
        <source>%1 sent a reply that cannot be read: %2</source>
        <translation>%1 hat eine Antwort gesendet, die nicht gelesen werden kann: %2</translation>
    </message>
    <message>
        <source>The reply from %1 grew beyond %2 MB and was stopped. Lower the output limit.</source>
        <translation>Die Antwort von %1 wurde größer als %2 MB und daher abgebrochen. Senken Sie das Ausgabelimit.</translation>
    </message>
    <message>
        <source>the secure connection could not be set up: %1</source>
        <translation>die sichere Verbindung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s. A large model can take long to load: raise the first-response timeout in Settings, or try a smaller model.</source>
        <translation>%1 hat %2 s lang nichts gesendet. Ein großes Modell kann lange zum Laden brauchen: Erhöhen Sie in den Einstellungen die Wartezeit auf die erste Antwort oder versuchen Sie es mit einem kleineren Modell.</translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s in the middle of the reply.</source>
        <translation>%1 hat mitten in der Antwort %2 s lang nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>The model “%1” is not installed in Ollama. Pull it (“pygen pull %1” or “ollama pull %1”), or pick an installed model.</source>
        <translation>Das Modell „%1“ ist in Ollama nicht installiert. Laden Sie es herunter („pygen pull %1“ oder „ollama pull %1“) oder wählen Sie ein installiertes Modell.</translation>
    </message>
</context>
<context>
    <name>Pygen::ProviderOptions</name>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Choose one of: %2.</source>
        <translation>Unbekannter Anbieter „%1“. Wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable base URL. Give a full address such as http://127.0.0.1:8080/v1.</source>
        <translation>„%1“ ist keine brauchbare Basis-URL. Geben Sie eine vollständige Adresse an, etwa http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <source>The provider “%1” needs --base-url, for example --base-url http://127.0.0.1:8080/v1.</source>
        <translation>Der Anbieter „%1“ braucht --base-url, zum Beispiel --base-url http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <source>The provider&apos;s address, when it is not the usual one. For Ollama, OLLAMA_HOST sets the usual one.</source>
        <translation>Die Adresse des Anbieters, wenn sie nicht die übliche ist. Für Ollama legt OLLAMA_HOST die übliche fest.</translation>
    </message>
    <message>
        <source>The provider: %1. Without it, the one chosen in the settings, else ollama.</source>
        <translation>Der Anbieter: %1. Ohne diese Option der in den Einstellungen gewählte, sonst ollama.</translation>
    </message>
</context>
<context>
    <name>Pygen::PullCommand</name>
    <message>
        <source>Downloads a model into Ollama, showing the progress.</source>
        <translation>Lädt ein Modell in Ollama herunter und zeigt den Fortschritt an.</translation>
    </message>
    <message>
        <source>The model, as in Ollama&apos;s library: llama3.2, qwen2.5-coder:7b, …</source>
        <translation>Das Modell, benannt wie in der Ollama-Bibliothek: llama3.2, qwen2.5-coder:7b, …</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Run &apos;pygen pull --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „pygen pull --help“.</translation>
    </message>
    <message>
        <source>only Ollama downloads models; %1 offers its models as they are.</source>
        <translation>Nur Ollama lädt Modelle herunter; %1 bietet seine Modelle so an, wie sie sind.</translation>
    </message>
    <message>
        <source>name one model, for example: pygen pull llama3.2</source>
        <translation>Geben Sie ein Modell an, zum Beispiel: pygen pull llama3.2</translation>
    </message>
    <message>
        <source>: %1% (%2 of %3)</source>
        <translation>: %1% (%2 von %3)</translation>
    </message>
    <message>
        <source>“%1” is ready in Ollama.</source>
        <translation>„%1“ ist in Ollama bereit.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Pygen::PythonInterpreter</name>
    <message>
        <source>No Python 3 was found; install python3 or set PYGEN_PYTHON to its path.</source>
        <translation>Es wurde kein Python 3 gefunden; installieren Sie python3 oder setzen Sie PYGEN_PYTHON auf dessen Pfad.</translation>
    </message>
    <message>
        <source>PYGEN_PYTHON is set to %1, which is not an executable file; point it to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation>PYGEN_PYTHON ist auf %1 gesetzt, aber das ist keine ausführbare Datei; lassen Sie die Variable auf einen Python-3-Interpreter zeigen oder entfernen Sie sie, um python3 aus PATH zu verwenden.</translation>
    </message>
</context>
<context>
    <name>Pygen::PythonScriptRunner</name>
    <message>
        <source>The Python helper %1 is missing from the program (%2).</source>
        <translation>Das Python-Hilfsprogramm %1 fehlt im Programm (%2).</translation>
    </message>
    <message>
        <source>The Python helper %1 could not be written to a file; check that the cache folder %2 and the temporary folder may be written to.</source>
        <translation>Das Python-Hilfsprogramm %1 konnte nicht in eine Datei geschrieben werden; prüfen Sie, ob in den Cache-Ordner %2 und den temporären Ordner geschrieben werden darf.</translation>
    </message>
    <message>
        <source>The Python helper %1 was cancelled.</source>
        <translation>Das Python-Hilfsprogramm %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Python helper %1 wrote more than %2; it was stopped.</source>
        <translation>Das Python-Hilfsprogramm %1 hat mehr als %2 ausgegeben; es wurde gestoppt.</translation>
    </message>
    <message>
        <source>The Python helper %1 crashed.</source>
        <translation>Das Python-Hilfsprogramm %1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>The Python helper %1 crashed: %2</source>
        <translation>Das Python-Hilfsprogramm %1 ist abgestürzt: %2</translation>
    </message>
    <message>
        <source>The Python helper %1 refused its input: %2</source>
        <translation>Das Python-Hilfsprogramm %1 hat seine Eingabe abgelehnt: %2</translation>
    </message>
    <message>
        <source>The Python helper %1 failed with exit status %2.</source>
        <translation>Das Python-Hilfsprogramm %1 ist mit dem Exit-Status %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The Python helper %1 failed: %2</source>
        <translation>Das Python-Hilfsprogramm %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The Python helper %1 did not answer in JSON (%2).</source>
        <translation>Das Python-Hilfsprogramm %1 hat nicht in JSON geantwortet (%2).</translation>
    </message>
    <message>
        <source>Python could not be started from %1: %2. Check the interpreter, or set PYGEN_PYTHON to another one.</source>
        <translation>Python konnte nicht von %1 gestartet werden: %2. Prüfen Sie den Interpreter oder setzen Sie PYGEN_PYTHON auf einen anderen.</translation>
    </message>
    <message numerus="yes">
        <source>The Python helper %1 did not finish within %n second(s); it was stopped.</source>
        <translation>
            <numerusform>Das Python-Hilfsprogramm %1 ist nicht innerhalb von %n Sekunde fertig geworden; es wurde gestoppt.</numerusform>
            <numerusform>Das Python-Hilfsprogramm %1 ist nicht innerhalb von %n Sekunden fertig geworden; es wurde gestoppt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::ResponseCache</name>
    <message>
        <source>The reply was not cached: its cache key is not 64 hexadecimal characters.</source>
        <translation>Die Antwort wurde nicht im Cache gespeichert: Ihr Cache-Schlüssel besteht nicht aus 64 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <source>The reply was not cached: this system has no folder for cached files.</source>
        <translation>Die Antwort wurde nicht im Cache gespeichert: Dieses System hat keinen Ordner für zwischengespeicherte Dateien.</translation>
    </message>
    <message>
        <source>The reply was not cached: with its request it takes %1, more than the %2 one entry may take.</source>
        <translation>Die Antwort wurde nicht im Cache gespeichert: Zusammen mit ihrer Anfrage belegt sie %1, mehr als die %2, die ein Eintrag belegen darf.</translation>
    </message>
    <message>
        <source>The reply was not cached: the folder %1 could not be created. Check that you may write there, or choose another cache folder.</source>
        <translation>Die Antwort wurde nicht im Cache gespeichert: Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Cache-Ordner.</translation>
    </message>
    <message>
        <source>The reply was not cached: a file could not be created in %1 (%2). Check that you may write there, or choose another cache folder.</source>
        <translation>Die Antwort wurde nicht im Cache gespeichert: In %1 konnte keine Datei angelegt werden (%2). Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Cache-Ordner.</translation>
    </message>
    <message>
        <source>The reply was not cached: writing to %1 failed (%2). Check that the disk is not full.</source>
        <translation>Die Antwort wurde nicht im Cache gespeichert: Das Schreiben nach %1 ist fehlgeschlagen (%2). Prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached replies could not be deleted from %1. Check that you may change files in that folder.</source>
        <translation>
            <numerusform>%n zwischengespeicherte Antwort konnte nicht aus %1 gelöscht werden. Prüfen Sie, ob Sie Dateien in diesem Ordner ändern dürfen.</numerusform>
            <numerusform>%n zwischengespeicherte Antworten konnten nicht aus %1 gelöscht werden. Prüfen Sie, ob Sie Dateien in diesem Ordner ändern dürfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::RetryPolicy</name>
    <message>
        <source>The reply broke off after part of it had arrived, so it was not restarted automatically. Start it again when you are ready.</source>
        <translation>Die Antwort brach ab, nachdem bereits ein Teil davon angekommen war, und wurde daher nicht automatisch neu gestartet. Starten Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Automatic retries are turned off.</source>
        <translation>Automatische Wiederholungsversuche sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts.</source>
        <translation>Nach %1 Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>The provider asks to wait %1, longer than the %2 Pygen waits on its own. Try again in %1.</source>
        <translation>Der Anbieter bittet, %1 zu warten – länger als die %2, die Pygen von sich aus wartet. Versuchen Sie es in %1 erneut.</translation>
    </message>
</context>
<context>
    <name>Pygen::RetryWait</name>
    <message>
        <source>Rate limited by the provider; retrying in %1 (attempt %2 of %3).</source>
        <translation>Vom Anbieter gedrosselt; neuer Versuch in %1 (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1); retrying in %2 (attempt %3 of %4).</source>
        <translation>Der Server meldet einen Fehler (HTTP %1); neuer Versuch in %2 (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>The server failed; retrying in %1 (attempt %2 of %3).</source>
        <translation>Der Server meldet einen Fehler; neuer Versuch in %1 (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>The connection broke; retrying in %1 (attempt %2 of %3).</source>
        <translation>Die Verbindung ist abgebrochen; neuer Versuch in %1 (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>The server did not answer in time; retrying in %1 (attempt %2 of %3).</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; neuer Versuch in %1 (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>The request failed; retrying in %1 (attempt %2 of %3).</source>
        <translation>Die Anfrage ist fehlgeschlagen; neuer Versuch in %1 (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Pygen::ScreenStage</name>
    <message>
        <source>The screening reply could not be read (%1); the request was let through.</source>
        <translation>Die Antwort der Prüfung konnte nicht gelesen werden (%1); die Anfrage wurde durchgelassen.</translation>
    </message>
    <message>
        <source>no &quot;allowed&quot; field</source>
        <translation>kein Feld „allowed“</translation>
    </message>
    <message>
        <source>The request was refused: %1 Change the description or features if this is a misunderstanding.</source>
        <translation>Die Anfrage wurde abgelehnt: %1 Ändern Sie die Beschreibung oder die Funktionen, falls es sich um ein Missverständnis handelt.</translation>
    </message>
    <message>
        <source>it asks for harmful software.</source>
        <translation>sie verlangt schädliche Software.</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the screening of this request. Change the description or features if this is a misunderstanding.</source>
        <translation>Der Inhaltsfilter des Anbieters hat die Prüfung dieser Anfrage gestoppt. Ändern Sie die Beschreibung oder die Funktionen, falls es sich um ein Missverständnis handelt.</translation>
    </message>
</context>
<context>
    <name>Pygen::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Default provider:</source>
        <translation>&amp;Standardanbieter:</translation>
    </message>
    <message>
        <source>Leave an address empty to use the provider&apos;s usual one, shown in grey. A model left empty is chosen when a project starts.</source>
        <translation>Lassen Sie eine Adresse leer, um die übliche Adresse des Anbieters zu verwenden (grau angezeigt). Ein leer gelassenes Modell wird beim Start eines Projekts gewählt.</translation>
    </message>
    <message>
        <source>http://server:port/v1</source>
        <translation>http://server:port/v1</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>Adresse von %1</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Default model of %1</source>
        <translation>Standardmodell von %1</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Keys are saved at once in the system keychain, never in a settings file. An environment variable, when set, is used instead of the saved key.</source>
        <translation>Schlüssel werden sofort im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei. Ist eine Umgebungsvariable gesetzt, wird sie statt des gespeicherten Schlüssels verwendet.</translation>
    </message>
    <message>
        <source>Paste a new key</source>
        <translation>Neuen Schlüssel einfügen</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the key for %1</source>
        <translation>Den Schlüssel für %1 speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the key for %1</source>
        <translation>Den Schlüssel für %1 entfernen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>New projects start from these values.</source>
        <translation>Neue Projekte beginnen mit diesen Werten.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>&amp;Output limit:</source>
        <translation>&amp;Ausgabelimit:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Requests at once. Automatic: one for local servers, four for cloud providers.</source>
        <translation>Gleichzeitige Anfragen. Automatisch: eine für lokale Server, vier für Cloud-Anbieter.</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>How long to wait for the first part of a reply. A local model may take minutes to load.</source>
        <translation>Wie lange auf den ersten Teil einer Antwort gewartet wird. Ein lokales Modell braucht zum Laden unter Umständen Minuten.</translation>
    </message>
    <message>
        <source>&amp;First-byte timeout:</source>
        <translation>Zeitlimit bis zum &amp;ersten Byte:</translation>
    </message>
    <message>
        <source>How long a reply that has started may fall silent.</source>
        <translation>Wie lange eine begonnene Antwort stocken darf.</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>&amp;Leerlauf-Zeitlimit:</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Versuche:</translation>
    </message>
    <message>
        <source>First &amp;delay:</source>
        <translation>Erste &amp;Wartezeit:</translation>
    </message>
    <message>
        <source>&amp;Longest delay:</source>
        <translation>&amp;Maximale Wartezeit:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Models with a smaller context than this get a compact summary of the package.</source>
        <translation>Modelle mit einem kleineren Kontext als diesem erhalten eine kompakte Zusammenfassung des Pakets.</translation>
    </message>
    <message>
        <source>&amp;Small context below:</source>
        <translation>&amp;Kleiner Kontext unter:</translation>
    </message>
    <message>
        <source>&amp;Planning attempts:</source>
        <translation>&amp;Planungsversuche:</translation>
    </message>
    <message>
        <source>How often a file cut off by the output limit is continued.</source>
        <translation>Wie oft eine vom Ausgabelimit abgeschnittene Datei fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Co&amp;ntinuations per file:</source>
        <translation>Fo&amp;rtsetzungen pro Datei:</translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation>Antwort-Cache</translation>
    </message>
    <message>
        <source>&amp;Reuse replies to identical requests</source>
        <translation>Antworten auf identische Anfragen wie&amp;derverwenden</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>Ma&amp;ximale Größe:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>&amp;Cache leeren</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Wie das S&amp;ystem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Pygen Studio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Pygen Studio.</translation>
    </message>
    <message>
        <source>Enter a whole address with scheme and host, such as %1.</source>
        <translation>Geben Sie eine vollständige Adresse mit Schema und Host ein, etwa %1.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, such as %1.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen, etwa %1.</translation>
    </message>
    <message>
        <source>Leave user names, passwords and queries out of the address; save the key on the API keys page.</source>
        <translation>Lassen Sie Benutzernamen, Passwörter und Abfrageparameter aus der Adresse weg; speichern Sie den Schlüssel auf der Seite „API-Schlüssel“.</translation>
    </message>
    <message>
        <source>The longest delay must be at least the first delay.</source>
        <translation>Die maximale Wartezeit muss mindestens so lang sein wie die erste Wartezeit.</translation>
    </message>
    <message>
        <source>%1 has no usual address. Enter the server&apos;s address, or choose another default provider.</source>
        <translation>%1 hat keine übliche Adresse. Geben Sie die Adresse des Servers ein oder wählen Sie einen anderen Standardanbieter.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>Aus der Umgebungsvariablen %1.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Not set.</source>
        <translation>Nicht gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n cached replies</source>
        <translation>
            <numerusform>%1 in %n Antwort im Cache</numerusform>
            <numerusform>%1 in %n Antworten im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Wird geleert …</translation>
    </message>
    <message>
        <source>The cache is empty now.</source>
        <translation>Der Cache ist jetzt leer.</translation>
    </message>
</context>
<context>
    <name>Pygen::SpecReader</name>
    <message>
        <source>The spec is not valid JSON: %1 at character %2.</source>
        <translation>Die Spezifikation ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>(top level): must be an object</source>
        <translation>(oberste Ebene): muss ein Objekt sein</translation>
    </message>
    <message>
        <source>specVersion: this spec has format version %1, but this Pygen Studio reads version %2 only; update Pygen Studio to read it</source>
        <translation>specVersion: Diese Spezifikation hat die Formatversion %1, aber dieses Pygen Studio liest nur Version %2; aktualisieren Sie Pygen Studio, um sie zu lesen</translation>
    </message>
    <message>
        <source>(top level): not a spec</source>
        <translation>(oberste Ebene): keine Spezifikation</translation>
    </message>
    <message>
        <source>name: must not be empty</source>
        <translation>name: darf nicht leer sein</translation>
    </message>
    <message>
        <source>name: &quot;%1&quot; has no letters or digits (A–Z, 0–9) to make a package name from</source>
        <translation>name: „%1“ enthält keine Buchstaben oder Ziffern (A–Z, 0–9), aus denen sich ein Paketname bilden lässt</translation>
    </message>
    <message>
        <source>description: must not be empty</source>
        <translation>description: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: repeats features[%2]</source>
        <translation>%1: wiederholt features[%2]</translation>
    </message>
    <message>
        <source>The spec file %1 does not exist.</source>
        <translation>Die Spezifikationsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file; give the path of a spec (.json) file.</source>
        <translation>%1 ist keine Datei; geben Sie den Pfad einer Spezifikationsdatei (.json) an.</translation>
    </message>
    <message>
        <source>%1 is too large to be a spec file.</source>
        <translation>%1 ist zu groß für eine Spezifikationsdatei.</translation>
    </message>
    <message>
        <source>The spec file %1 cannot be read: %2.</source>
        <translation>Die Spezifikationsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Pygen::StageProgressView</name>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Progress of the stage</source>
        <translation>Fortschritt der Stufe</translation>
    </message>
    <message>
        <source>Text streamed from the model</source>
        <translation>Vom Modell gestreamter Text</translation>
    </message>
    <message>
        <source>The model&apos;s reply appears here as it is written.</source>
        <translation>Die Antwort des Modells erscheint hier, während sie geschrieben wird.</translation>
    </message>
    <message>
        <source>Why the run failed</source>
        <translation>Warum der Lauf fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Retry notice</source>
        <translation>Hinweis zur Wiederholung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The run stopped before it finished. Press Try again to continue.</source>
        <translation>Der Lauf wurde vor dem Ende gestoppt. Klicken Sie auf „Erneut versuchen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Preparing the project</source>
        <translation>Projekt wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>Pygen::TextFileReader</name>
    <message>
        <source>No file name was given. Choose a file to open.</source>
        <translation>Es wurde kein Dateiname angegeben. Wählen Sie eine Datei zum Öffnen.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check its name and folder.</source>
        <translation>Die Datei %1 existiert nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a file inside it.</source>
        <translation>%1 ist ein Ordner, keine Datei. Wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 that can be opened here. Open it in another editor.</source>
        <translation>%1 ist %2 groß, mehr als die %3, die hier geöffnet werden können. Öffnen Sie die Datei in einem anderen Editor.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2. Check that you are allowed to read it.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 that can be opened here. Open it in another editor.</source>
        <translation>%1 ist größer als die %2, die hier geöffnet werden können. Öffnen Sie die Datei in einem anderen Editor.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not text, so it cannot be shown here.</source>
        <translation>%1 ist eine Binärdatei und kein Text, daher kann sie hier nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2 has bytes that are not UTF-8). Save it as UTF-8 and open it again.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2 enthält Bytes, die kein UTF-8 sind). Speichern Sie die Datei als UTF-8 und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket), so it cannot be opened as text.</source>
        <translation>%1 ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket) und kann daher nicht als Text geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Pygen::WizardDraft</name>
    <message>
        <source>The project is still being created. Wait a moment and try again.</source>
        <translation>Das Projekt wird noch erstellt. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose a folder for the project on the options page.</source>
        <translation>Wählen Sie auf der Seite „Optionen“ einen Ordner für das Projekt.</translation>
    </message>
</context>
<context>
    <name>Pygen::ZipExporter</name>
    <message>
        <source>There is not enough space to write %1 (%2). Free some space or choose another disk.</source>
        <translation>Es ist nicht genug Platz, um %1 zu schreiben (%2). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Datenträger.</translation>
    </message>
    <message>
        <source>The zip&apos;s top folder is not a safe name: %1 Nothing was written.</source>
        <translation>Der oberste Ordner des ZIP-Archivs hat keinen sicheren Namen: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The zip&apos;s top folder &quot;%1&quot; must be a single folder name, such as &quot;weather-station-0.1.0&quot;. Nothing was written.</source>
        <translation>Der oberste Ordner „%1“ des ZIP-Archivs muss ein einzelner Ordnername sein, etwa „weather-station-0.1.0“. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The package holds an unsafe path: %1 Nothing was written.</source>
        <translation>Das Paket enthält einen unsicheren Pfad: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No file name was given for the zip; choose where to save it.</source>
        <translation>Für das ZIP-Archiv wurde kein Dateiname angegeben; wählen Sie, wo es gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another folder for the zip.</source>
        <translation>Der Ordner %1 existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ordner für das ZIP-Archiv.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder for the zip.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner für das ZIP-Archiv.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the zip a file name.</source>
        <translation>%1 ist ein Ordner. Geben Sie dem ZIP-Archiv einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2. Choose a folder you may write to.</source>
        <translation>%1 kann nicht angelegt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The zip cannot be written: the device is not open for writing.</source>
        <translation>Das ZIP-Archiv kann nicht geschrieben werden: Das Gerät ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check that you may write there and that the disk works, then export again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob Sie dort schreiben dürfen und der Datenträger funktioniert, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk or device refused the data. Check that there is free space and that you may write there, then export again.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger oder das Gerät hat die Daten abgelehnt. Prüfen Sie, ob genug Speicherplatz frei ist und Sie dort schreiben dürfen, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not be written while adding %2: the disk or device refused the data. Check that there is free space and that you may write there, then export again.</source>
        <translation>%1 konnte beim Hinzufügen von %2 nicht geschrieben werden: Der Datenträger oder das Gerät hat die Daten abgelehnt. Prüfen Sie, ob genug Speicherplatz frei ist und Sie dort schreiben dürfen, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not be written because of an internal error in the zip writer (code %2). Please report this as a bug.</source>
        <translation>%1 konnte wegen eines internen Fehlers im ZIP-Schreiber nicht geschrieben werden (Code %2). Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>%1 could not be written while adding %2 because of an internal error in the zip writer (code %3). Please report this as a bug.</source>
        <translation>%1 konnte beim Hinzufügen von %2 wegen eines internen Fehlers im ZIP-Schreiber nicht geschrieben werden (Code %3). Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>The zip</source>
        <translation>Das ZIP-Archiv</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pygen Studio</source>
        <translation>Pygen Studio</translation>
    </message>
    <message>
        <source>Pygen Studio turns an idea for a Python package into a tested, documented package with language models.</source>
        <translation>Pygen Studio macht aus einer Idee für ein Python-Paket mit Sprachmodellen ein getestetes, dokumentiertes Paket.</translation>
    </message>
    <message>
        <source>Run &apos;pygen-studio --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „pygen-studio --help“.</translation>
    </message>
    <message>
        <source>A project folder to open, or a spec or plan JSON file to start a new package from.</source>
        <translation>Ein zu öffnender Projektordner oder eine Spezifikations- bzw. Plan-JSON-Datei, aus der ein neues Paket begonnen wird.</translation>
    </message>
    <message>
        <source>Give at most one project folder or file.</source>
        <translation>Geben Sie höchstens einen Projektordner oder eine Datei an.</translation>
    </message>
</context>
</TS>
