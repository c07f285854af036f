<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Pygen::CommandLineTool</name>
    <message>
        <source>pygen turns an idea for a Python package into a tested, documented package with language models, without the graphical studio.</source>
        <translation>pygen macht aus einer Idee für ein Python-Paket mit Sprachmodellen ein getestetes, dokumentiertes Paket – ohne das grafische Studio.</translation>
    </message>
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
</context>
<context>
    <name>Pygen::DocumentationViewer</name>
    <message>
        <source>Open a Markdown file, such as a package&apos;s README.md, to read it here.</source>
        <translation>Öffnen Sie eine Markdown-Datei, etwa die README.md eines Pakets, um sie hier zu lesen.</translation>
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
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen …</translation>
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
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Python and Markdown files (*.py *.md *.toml *.txt *.cfg)</source>
        <translation>Python- und Markdown-Dateien (*.py *.md *.toml *.txt *.cfg)</translation>
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
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
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
        <source>A file to open.</source>
        <translation>Eine zu öffnende Datei.</translation>
    </message>
    <message>
        <source>Run &apos;pygen-studio --help&apos; for the options.</source>
        <translation>Die Optionen zeigt „pygen-studio --help“.</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Geben Sie höchstens eine Datei zum Öffnen an.</translation>
    </message>
</context>
</TS>
