#pragma once

namespace Pygen {

// shared/DESIGN.md §3: 0 success, 1 the job failed, 2 bad usage or input; 130 is the shells'
// convention for a run stopped by Ctrl-C.
enum ExitCode { Success = 0, JobFailed = 1, BadUsage = 2, Interrupted = 130 };

} // namespace Pygen
