#include "shutdown_backstop.h"

#include "shutdown_signals.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {
constexpr auto Poll = std::chrono::milliseconds(50);
constexpr auto Grace = std::chrono::seconds(1);
} // namespace

ShutdownBackstop::ShutdownBackstop()
    : m_watch([this] {
          std::chrono::steady_clock::time_point signalled{};
          while (!m_stop) {
              std::this_thread::sleep_for(Poll);
              if (!ShutdownSignals::requested() || m_handled)
                  continue;
              const auto now = std::chrono::steady_clock::now();
              if (signalled == std::chrono::steady_clock::time_point{})
                  signalled = now;
              else if (now - signalled >= Grace) {
                  std::fputs("roster-sandbox: busy for a second after SIGTERM; exiting\n", stderr);
                  std::_Exit(1);
              }
          }
      })
{}

ShutdownBackstop::~ShutdownBackstop()
{
    m_stop = true;
    m_watch.join();
}
