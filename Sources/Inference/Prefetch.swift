import Builtin

/// The processor's prefetch hint: starts bringing a cache line in without waiting for it.
///
/// A lookup in a table larger than the caches stalls on its first load; a caller that knows
/// which lookups come next can prefetch for them a little ahead, so that the misses overlap
/// with other work. A hint only: it never faults and changes no result.
enum Prefetch {
    /// Prefetches the cache line holding `address`, for reading, into every cache level.
    @inline(__always)
    static func read(_ address: UnsafeRawPointer) {
        // llvm.prefetch(address, read, highest locality, data cache).
        Builtin.int_prefetch_RawPointer(address._rawValue, Int32(0)._value, Int32(3)._value, Int32(1)._value)
    }
}
