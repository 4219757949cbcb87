#pragma once

#include <atomic>
#include <thread>

// roster-sandbox's promise that SIGTERM ends it within a second: should the event loop not get
// to the signal within that second (a request that keeps it busy), a watch thread ends the
// process with exit 1. Once the event loop has taken the signal (handled()), the state is
// flushed however long that takes.
class ShutdownBackstop
{
public:
    ShutdownBackstop();
    ~ShutdownBackstop();
    ShutdownBackstop(const ShutdownBackstop &) = delete;
    ShutdownBackstop &operator=(const ShutdownBackstop &) = delete;

    void handled() { m_handled = true; }

private:
    std::atomic<bool> m_handled = false;
    std::atomic<bool> m_stop = false;
    // Not std::jthread: libc++ before 20 (Xcode's) has it only with -fexperimental-library.
    std::thread m_watch;
};
