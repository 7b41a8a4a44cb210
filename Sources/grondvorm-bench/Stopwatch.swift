#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one of the two clocks a benchmark can be timed with, in seconds.
struct Stopwatch {
    /// Which clock.
    enum Clock: String, Equatable {
        /// `CLOCK_MONOTONIC`: elapsed time, never set back (the default).
        case wall
        /// `CLOCK_PROCESS_CPUTIME_ID`: the CPU time of this process. CLIPS 6.30's `(time)` is
        /// process CPU time too (it starts near zero and, on a busy machine, stays far below
        /// the elapsed time), so this makes the two engines' in-process figures comparable.
        case cpu
    }

    /// The clock read by ``seconds()``.
    let clock: Clock

    /// The clock's current reading, in seconds since an arbitrary fixed point.
    func seconds() -> Double {
        var now = timespec()
        switch clock {
        case .wall: clock_gettime(CLOCK_MONOTONIC, &now)
        case .cpu: clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        }
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
