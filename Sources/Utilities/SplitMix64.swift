/// A small seedable pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014): the one
/// seeded generator of the package, so a seed gives the same sequence on every machine and
/// Swift version (benchmarks, property tests, fuzzing).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An integer in `0..<bound` (`bound` > 0) computed as `next() % bound`, independent of the
    /// standard library's sampling algorithm (so generated data never changes with Swift).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A uniformly chosen integer in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// `true` with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    /// A uniformly chosen element of a non-empty array.
    public mutating func pick<T>(_ elements: [T]) -> T { elements[int(0...elements.count - 1)] }
}
