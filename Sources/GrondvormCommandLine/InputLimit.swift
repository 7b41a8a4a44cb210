/// The most grondvorm reads from one input, so that no input can exhaust memory.
///
/// A knowledge file, an answers file, a case file and standard input (`--answers -`) may each be
/// at most ``bytes`` long; a longer one is refused with ``FileSystemError/Reason/tooLarge(limit:)``
/// before more than that is read. A line read from standard input is cut after ``bytes`` + 1
/// bytes, the rest of it skipped, so a huge typed line is refused too (and never held whole).
public enum InputLimit {
    /// 16 MiB: more than any knowledge base or answers file needs (the shipped base is 0.25 MB).
    public static let bytes = 16 * 1_024 * 1_024
}
