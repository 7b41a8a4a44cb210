extension FileSystem {
    /// Whether two absolute paths name the same file: the same path once `.`, empty components
    /// and `..` are resolved by name (`/work/./a/../x.json` is `/work/x.json`), also for a file
    /// that does not exist yet; or the same existing file through links or hard links.
    func isSameFile(_ first: String, _ second: String) -> Bool {
        if Self.normalized(first) == Self.normalized(second) { return true }
        guard let firstIdentity = identity(of: first) else { return false }
        return firstIdentity == identity(of: second)
    }

    /// `path` without `.` components, empty components and `..` where it can be resolved by name.
    private static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
