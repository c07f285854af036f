#pragma once

#include <QtGlobal>

#include <sys/resource.h>

// Lowers the largest file this process may write while it lives, so that writing fails part way
// with EFBIG even for root, who may write into read-only folders.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    bool m_active = false;
};
