#include "KeyCommand.h"

#include "ExitCode.h"
#include "SubcommandHelp.h"
#include "llm/CredentialStore.h"
#include "llm/ProviderPreset.h"

#include <QFile>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace Pygen {

KeyCommand::KeyCommand(QTextStream &output, QTextStream &errors, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_errors(errors)
    , m_credentials(credentials)
{
}

KeyCommand::~KeyCommand() = default;

std::optional<int> KeyCommand::parse(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("Stores an API key in the system keychain (read from standard input), or removes it. Environment "
           "variables such as GROQ_API_KEY still take precedence over a stored key."));
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    m_parser.addPositionalArgument(QStringLiteral("action"), tr("set or remove"), QStringLiteral("set|remove"));
    m_parser.addPositionalArgument(QStringLiteral("provider"), tr("One of: %1.").arg(ProviderPreset::ids().join(u", ")),
                                   tr("provider"));
    const auto badUsage = [this](const QString &message) {
        m_errors << "pygen key: " << message << u'\n' << tr("Run 'pygen key --help' for the options.") << u'\n';
        return BadUsage;
    };
    if (!m_parser.parse(arguments))
        return badUsage(m_parser.errorText());
    if (m_parser.isSet(helpOption)) {
        m_output << subcommandHelp(m_parser, u"key");
        return Success;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 2 || (positional.at(0) != u"set" && positional.at(0) != u"remove"))
        return badUsage(tr("say what to do and for which provider, for example: pygen key set groq"));
    m_action = positional.at(0);
    m_providerId = positional.at(1).trimmed().toLower();
    const std::optional<ProviderPreset> preset = ProviderPreset::find(m_providerId);
    if (!preset)
        return badUsage(
            tr("Unknown provider “%1”. Choose one of: %2.").arg(m_providerId, ProviderPreset::ids().join(u", ")));
    if (m_action == u"set") {
        m_key = readKey(preset->displayName);
        if (m_key.isEmpty())
            return badUsage(tr("no key came on standard input. Type or paste it, or pipe it in: "
                               "pygen key set %1 < key-file")
                                .arg(m_providerId));
    }
    return std::nullopt;
}

QString KeyCommand::readKey(const QString &providerName)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    termios saved = {};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        m_errors << tr("Key for %1 (not shown): ").arg(providerName);
        m_errors.flush();
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    const QString key = QString::fromUtf8(input.readLine()).trimmed();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_errors << u'\n';
    }
    return key;
}

void KeyCommand::start()
{
    const ProviderPreset preset = *ProviderPreset::find(m_providerId);
    if (m_action == u"remove") {
        m_credentials.removeKey(m_providerId, this, [this, provider = preset.displayName](const QString &error) {
            if (!error.isEmpty()) {
                m_errors << "pygen key: " << error << u'\n';
                Q_EMIT finished(JobFailed);
                return;
            }
            m_errors << tr("The key for %1 is no longer stored.").arg(provider) << u'\n';
            Q_EMIT finished(Success);
        });
        return;
    }
    m_credentials.storeKey(m_providerId, m_key, this, [this, preset](bool storedPermanently, const QString &notice) {
        const QString &provider = preset.displayName;
        if (!storedPermanently) {
            // The store keeps such a key for the session, but this process ends now.
            const QStringList variables = preset.keyEnvironmentVariables();
            m_errors << "pygen key: "
                     << (variables.isEmpty()
                             ? tr("The key for %1 was not stored, because no keychain accepted it. Start your "
                                  "desktop's keyring (GNOME Keyring or KWallet) and try again.")
                                   .arg(provider)
                             : tr("The key for %1 was not stored, because no keychain accepted it. Start your "
                                  "desktop's keyring (GNOME Keyring or KWallet), or set %2 instead.")
                                   .arg(provider, variables.first()))
                     << u'\n';
            Q_EMIT finished(JobFailed);
            return;
        }
        m_errors << tr("The key for %1 is stored in the keychain.").arg(provider) << u'\n';
        if (!notice.isEmpty())
            m_errors << notice << u'\n';
        Q_EMIT finished(Success);
    });
}

void KeyCommand::cancel()
{
    // Keychain calls are short and cannot be interrupted half-way; the result follows.
}

} // namespace Pygen
