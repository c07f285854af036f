<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Pygen::ChatCommand</name>
    <message>
        <source>Sends one prompt to a model and streams the reply to standard output. Retries, warnings and usage go to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to ask (see &apos;pygen models&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for JSON that follows the JSON Schema in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most tokens the reply may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed, for repeatable replies where supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider even if the same request was answered before, and do not keep the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt; &apos;-&apos; reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;pygen chat --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a model with --model; &apos;pygen models --provider %1&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a prompt, for example: pygen chat --model llama3.2 &quot;Write a haiku&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens must be a positive whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON Schema object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::ChatExchange</name>
    <message>
        <source>No model is chosen for %1. Pick one of the models it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n characters received so far are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cut off at the output limit of %1 tokens. Raise the output limit, or continue the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off at %1&apos;s output limit. Raise the output limit, or continue the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s safety filter stopped the reply. Rephrase the request.</source>
        <translation type="unfinished"></translation>
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
        <source>pygen turns an idea for a Python package into a tested, documented package with language models, without the graphical studio.

Commands:
  models   List the models a provider offers.
  chat     Send a prompt to a model and stream the reply.

Run &apos;pygen COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::CredentialStore</name>
    <message>
        <source>No keychain service is running, so the key for %1 is kept for this session only. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so the key for %1 is kept for this session only. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) or set %2 to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so a key for %1 saved earlier cannot be read. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), or enter the key again to use it for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so a key for %1 saved earlier cannot be read. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the key for %1 (%2), so it is kept for this session only. Unlock your keyring and save the key again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the key for %1 (%2), so it is kept for this session only. Unlock your keyring and save the key again, or set %3, to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give out the key for %1 (%2). Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give out the key for %1 (%2). Unlock your keyring and try again, or set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid provider name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most %2), so no key can be kept for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 is empty. Paste the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 contains spaces or line breaks, so it was not saved. Paste only the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 is saved in the keychain, but %2 is set in the environment and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so a key for %1 saved in it earlier could not be removed. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and remove it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not remove the key for %1 (%2). Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
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
    <name>Pygen::GeminiChatStreamParser</name>
    <message>
        <source>an event of the stream is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply stopped for the reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of the stream exceeds %1 MB</source>
        <translation type="unfinished"></translation>
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
    <name>Pygen::ModelsCommand</name>
    <message>
        <source>Lists the models a provider offers, with their context length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;pygen models --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama at %1 has no models installed. Pull one, for example: ollama pull llama3.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 offers no models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::OllamaChatStreamParser</name>
    <message>
        <source>a line of the stream exceeds %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of the stream is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::OllamaClient</name>
    <message>
        <source>The request needs about %1 tokens, but “%2” accepts %3. Ollama keeps only the end of a prompt that is too long, so the start is lost: shorten the input or choose a model with a larger context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the context length of “%1” (%2); the request uses a context of %3 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama evaluated %1 prompt tokens of “%2” in a context of %3: the prompt was probably truncated. Shorten the input or choose a model with a larger context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama could not pull “%1” (%2). Check the name in the library at https://ollama.com/library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download ended before Ollama reported success</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::OpenAiChatStreamParser</name>
    <message>
        <source>an event of the stream is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of the stream exceeds %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::ProviderClient</name>
    <message>
        <source>nothing at %1; check the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::ProviderConfiguration</name>
    <message>
        <source>%1 needs a base URL, for example http://127.0.0.1:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid base URL for %2. Give a full address such as http://127.0.0.1:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL for %1 must start with http:// or https://, not “%2://”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the key for %1 over plain http to %2: anyone on the network could read it. Use an https:// address, or a server on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key. Store it in Settings ▸ Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key. Store it in Settings ▸ Providers, or set the environment variable %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::ProviderErrorMessages</name>
    <message>
        <source>Set the key in Settings ▸ Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the key in Settings ▸ Providers, or in the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Ollama is answering at %1. Start it with “ollama serve”, or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1 (%2). Check the base URL and your network connection, or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 at %2 broke: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 was rejected (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key and none is set. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model “%1” is not installed in Ollama. Pull it (“ollama pull %1”, or from the model page), or pick an installed model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no model “%2” (%3). Run “pygen models --provider %4” to see the models it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rate-limited the request (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota of your %1 account is used up (%2), so the request was not retried. Check your plan and billing, or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for %1 (%2). Shorten the input, choose a model with a larger context, or lower the output limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request with HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an error in the middle of the reply: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked the prompt (%2). Rephrase the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a reply that cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 grew beyond %2 MB and was stopped. Lower the output limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s. A large model can take long to load: raise the first-response timeout in Settings, or try a smaller model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s in the middle of the reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::ProviderOptions</name>
    <message>
        <source>The provider: %1 (default: ollama).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s address, for a server elsewhere than the default (for Ollama, OLLAMA_HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable base URL. Give a full address such as http://127.0.0.1:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider “%1” needs --base-url, for example --base-url http://127.0.0.1:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::ResponseCache</name>
    <message>
        <source>The reply was not cached: its cache key is not 64 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not cached: this system has no folder for cached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not cached: with its request it takes %1, more than the %2 one entry may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not cached: the folder %1 could not be created. Check that you may write there, or choose another cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not cached: a file could not be created in %1 (%2). Check that you may write there, or choose another cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not cached: writing to %1 failed (%2). Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cached replies could not be deleted from %1. Check that you may change files in that folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pygen::RetryPolicy</name>
    <message>
        <source>The reply broke off after part of it had arrived, so it was not restarted automatically. Start it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic retries are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asks to wait %1, longer than the %2 Pygen waits on its own. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pygen::RetryWait</name>
    <message>
        <source>Rate limited by the provider; retrying in %1 (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1); retrying in %2 (attempt %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed; retrying in %1 (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke; retrying in %1 (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time; retrying in %1 (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed; retrying in %1 (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
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
