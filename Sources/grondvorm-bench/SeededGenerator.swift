/// A small, fast, seedable random number generator (SplitMix64), so a seed always gives
/// the same rule base on every machine and Swift version.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed integer in `0..<bound` (`bound` > 0), independent of the
    /// standard library's sampling algorithm.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
