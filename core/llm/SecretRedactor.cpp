#include "llm/SecretRedactor.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <atomic>

namespace Pygen {

namespace {

struct Registry
{
    QReadWriteLock lock;
    // Longest first, so a secret that contains another one is replaced whole.
    QStringList secrets;
};

Q_GLOBAL_STATIC(Registry, registry)

std::atomic<QtMessageHandler> previousHandler{nullptr};

struct Shape
{
    QRegularExpression pattern;
    // Keeps the captured name (and scheme) in front of the marker, so the text stays readable.
    QString replacement;
};

// A key only counts when it starts a token: "task-oriented" must not look like "sk-…".
constexpr QLatin1StringView tokenStart{"(?<![A-Za-z0-9_-])"};

std::array<Shape, 6> makeShapes()
{
    const auto caseInsensitive = QRegularExpression::CaseInsensitiveOption;
    const QString keepPrefix = QStringLiteral("\\1\\2") + SecretRedactor::marker;
    const QString whole = SecretRedactor::marker;
    std::array<Shape, 6> shapes{{
        // Headers and JSON or form fields: Authorization: Bearer x, "x-goog-api-key": "x", api_key=x.
        {QRegularExpression(
             tokenStart
                 + uR"re(((?:(?:proxy-)?authorization|x-goog-api-key|x-api-key|api[-_]?key)["']?\s*[:=]\s*["']?))re"
                   uR"re(((?:bearer|basic|token|key)\s+)?[^\s"'&#,;<>]+)re",
             caseInsensitive),
         keepPrefix},
        // Query parameters: ?key=x, &access_token=x.
        {QRegularExpression(tokenStart + uR"re(((?:key|access_token)=)()[^\s"'&#<>]+)re", caseInsensitive), keepPrefix},
        {QRegularExpression(tokenStart + uR"re((bearer\s+)()[A-Za-z0-9._~+/=-]+)re", caseInsensitive), keepPrefix},
        // OpenAI (sk-, sk-proj-), OpenRouter (sk-or-v1-) and others that copied the shape; real keys
        // are long and contain digits, hyphenated words are not.
        {QRegularExpression(tokenStart + uR"(sk-(?=[A-Za-z0-9_-]*[0-9])[A-Za-z0-9_-]{20,})"), whole},
        {QRegularExpression(tokenStart + uR"(gsk_[A-Za-z0-9]{20,})"), whole},
        {QRegularExpression(tokenStart + uR"(AIza[0-9A-Za-z_-]{35,})"), whole},
    }};
    for (Shape &shape : shapes) {
        Q_ASSERT_X(shape.pattern.isValid(), "SecretRedactor", qPrintable(shape.pattern.errorString()));
        shape.pattern.optimize();
    }
    return shapes;
}

// QRegularExpression is reentrant, not documented as thread-safe: one set per thread.
const std::array<Shape, 6> &shapes()
{
    thread_local const std::array<Shape, 6> perThread = makeShapes();
    return perThread;
}

QString redactText(QString text, const QStringList &secrets)
{
    if (text.isEmpty())
        return text;
    for (const QString &secret : secrets)
        text.replace(secret, SecretRedactor::marker);
    for (const Shape &shape : shapes())
        text.replace(shape.pattern, shape.replacement);
    return text;
}

QStringList registeredSecrets()
{
    // Log messages can still come from static destructors after the registry is gone.
    if (registry.isDestroyed())
        return {};
    QReadLocker locker(&registry->lock);
    return registry->secrets;
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QtMessageHandler previous = previousHandler.load();
    if (previous)
        previous(type, context, SecretRedactor::redact(message));
}

} // namespace

void SecretRedactor::registerSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength || registry.isDestroyed())
        return;
    QWriteLocker locker(&registry->lock);
    QStringList &secrets = registry->secrets;
    if (secrets.contains(secret))
        return;
    const auto position = std::find_if(secrets.begin(), secrets.end(),
                                       [&](const QString &known) { return known.size() < secret.size(); });
    secrets.insert(position, secret);
}

void SecretRedactor::forgetAll()
{
    if (registry.isDestroyed())
        return;
    QWriteLocker locker(&registry->lock);
    registry->secrets.clear();
}

QString SecretRedactor::redact(QString text)
{
    return redactText(std::move(text), registeredSecrets());
}

QByteArray SecretRedactor::redact(QByteArray bytes)
{
    if (bytes.isEmpty())
        return bytes;
    // Latin-1 maps every byte to one character and back, so bytes that are not UTF-8 survive; the
    // secrets are matched through the same view of their UTF-8 bytes.
    QStringList secrets = registeredSecrets();
    for (QString &secret : secrets)
        secret = QString::fromLatin1(secret.toUtf8());
    return redactText(QString::fromLatin1(bytes), secrets).toLatin1();
}

void SecretRedactor::installMessageHandler()
{
    const QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    // Installing twice must not make the handler call itself.
    if (previous != redactingHandler)
        previousHandler.store(previous);
}

} // namespace Pygen
