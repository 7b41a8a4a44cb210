#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Lets the engine's arrays live on transparent huge pages, as the C reference's arena does.
///
/// On Linux with transparent huge pages in `madvise` mode, memory is backed by 2 MiB pages
/// only where a program asks for it. The engine allocates its arrays with `malloc`, so this
/// asks glibc to serve every block below 32 MiB from the heap (`M_MMAP_THRESHOLD`), to grow
/// the heap in one step of `reserve` bytes (`M_TOP_PAD`: address space only; pages are
/// backed when first touched) and never to give it back (`M_TRIM_THRESHOLD`), and then
/// advises that region with `MADV_HUGEPAGE`. Loading 100,000 rules then takes a few dozen
/// page faults instead of several thousand, and far fewer TLB misses.
///
/// The engine does not depend on it: `GRONDVORM_BENCH_HUGE_PAGES=0` turns it off, to measure
/// the difference. Elsewhere than on glibc it does nothing.
enum HugePages {
    #if canImport(Glibc)
        /// glibc's `mallopt`, declared in <malloc.h>, which the Glibc module leaves out. Bound
        /// by name at link time (the release binary is linked statically, where `dlsym` cannot
        /// find it); two `Int32` arguments and an `Int32` result pass in the same registers
        /// under Swift's calling convention as under C's.
        @_silgen_name("mallopt")
        private static func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
    #endif

    /// Configures the allocator as described above; call once, first thing in `main`.
    static func adviseHeap(reserve: Int = 256 << 20, environment value: String?) {
        #if canImport(Glibc)
            guard value != "0" else { return }
            let (trimThreshold, topPad, mmapThreshold): (Int32, Int32, Int32) = (-1, -2, -3)  // <malloc.h>
            let hugePage = 2 << 20
            guard mallopt(mmapThreshold, 32 << 20) == 1, mallopt(topPad, Int32(reserve)) == 1,
                mallopt(trimThreshold, Int32.max) == 1
            else { return }
            // A block larger than what the heap has free makes malloc grow it, by the pad too.
            let blockSize = 1 << 19
            guard let block = malloc(blockSize) else { return }
            let top = Int(bitPattern: sbrk(0))
            free(block)
            // Nothing at or above `start` may be touched before the advice: a 2 MiB range with
            // one small page in it gets only small pages. malloc wrote a header after the block.
            let start = (Int(bitPattern: block) + blockSize + 64 + hugePage - 1) & ~(hugePage - 1)
            guard top - start >= hugePage, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(address, (top - start) & ~(hugePage - 1), MADV_HUGEPAGE)
            // The heap below that boundary cannot be advised: take it out of use with one block
            // that is never touched (nor freed), so that the engine's arrays start on huge pages
            // instead of filling up to 2 MiB of small ones (a page fault each).
            let lead = start - Int(bitPattern: block)
            if let filler = malloc(lead - 64) {
                // Handing the block to the system keeps the compiler from removing an allocation
                // whose memory is never used (a zero-length request, which changes nothing).
                _ = madvise(filler, 0, MADV_NORMAL)
            }
        #endif
    }
}
