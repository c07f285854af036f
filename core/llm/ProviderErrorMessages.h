#pragma once

#include "ProviderConfiguration.h"
#include "ProviderError.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include <chrono>

namespace Pygen {

// The words a person reads when a request fails: what happened, at which provider, and what to
// do next (shared/DESIGN.md §5). Server text is redacted before it is quoted.
class ProviderErrorMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ProviderErrorMessages)

public:
    static ProviderError make(ProviderError::Kind kind, const ProviderConfiguration &configuration,
                              const QString &model, int httpStatus = 0, const QString &serverMessage = {});
    static ProviderError fromNetwork(QNetworkReply::NetworkError code, const QString &detail,
                                     const ProviderConfiguration &configuration);
    static ProviderError timeout(bool beforeFirstByte, std::chrono::milliseconds limit,
                                 const ProviderConfiguration &configuration);
    // The usual mapping of an HTTP status; providers refine it from the body first.
    static ProviderError::Kind kindForStatus(int httpStatus);
    // Where a key for this provider can be set, as a sentence.
    static QString keyLocationHint(const ProviderConfiguration &configuration);
};

} // namespace Pygen
