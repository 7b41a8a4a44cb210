/// A shell that `grondvorm completions` writes a completion script for.
enum Shell: String, CaseIterable, Sendable, Hashable {
    /// GNU bash, through the bash-completion `complete -F` protocol.
    case bash
    /// zsh, as a `#compdef` function for `compinit`.
    case zsh
    /// fish, as a list of `complete` commands.
    case fish
}
