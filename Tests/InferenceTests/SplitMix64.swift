import Testing

/// A small seedable pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014), so the
/// property tests are reproducible: a failing seed fails the same way every time.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly chosen integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    /// A uniformly chosen element.
    mutating func pick<T>(_ elements: [T]) -> T { elements[int(0...elements.count - 1)] }
}

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test func isDeterministicAndMatchesTheReferenceSequence() {
        // Reference values of SplitMix64 seeded with 0 (as published with the algorithm).
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }
}
