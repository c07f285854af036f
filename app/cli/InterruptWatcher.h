#pragma once

#include <QObject>

class QSocketNotifier;

namespace Pygen {

// Turns Ctrl-C (SIGINT) and SIGTERM into a Qt signal, so a running request is cancelled cleanly
// instead of the process dying mid-write. A signal handler may only write to a pipe; the event
// loop reads it.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Pygen
