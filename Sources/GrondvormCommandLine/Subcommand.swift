import KnowledgeBase

/// A verb of the `grondvorm` command line.
///
/// `advise` is the default: `grondvorm` alone runs a consultation. Every text a subcommand shows
/// (its abstract, discussion, usage, arguments and examples) is a ``LocalizedText``, so none can
/// be added in one language only.
enum Subcommand: String, CaseIterable, Sendable, Hashable {
    /// Run a consultation and write the recommendation (the default).
    case advise
    /// Validate a knowledge base and print a one-line summary.
    case check
    /// List every question, for writing answer files.
    case questions
    /// Run the knowledge case suite against its bar.
    case test
    /// Compare the answers of several partners (issue 12).
    case compare
    /// Check the five conditions of a collaboration on their own (issue 12).
    case readiness
    /// Print a shell completion script, generated from ``OptionSpec/table``.
    case completions
    /// Print the manual page, generated from ``OptionSpec/table`` and these subcommands.
    case man
    /// Show help for the program or one subcommand.
    case help

    /// A word that follows the subcommand on the command line (not an option).
    struct Argument: Sendable, Hashable {
        /// The placeholder in usage lines and help, and what completes it in a shell.
        let value: OptionSpec.Value
        /// What the argument is.
        let summary: LocalizedText
        /// Whether several may be given.
        let isRepeatable: Bool
    }

    /// The one-line description shown in the subcommand list and as the help's overview.
    var abstract: LocalizedText {
        switch self {
        case .advise:
            return LocalizedText(
                nl: "Voer een consultatie uit en geef een advies.", en: "Run a consultation and give a recommendation.")
        case .check:
            return LocalizedText(
                nl: "Controleer een kennisbank en toon een samenvatting.",
                en: "Check a knowledge base and print a summary.")
        case .questions:
            return LocalizedText(
                nl: "Toon alle vragen, voor het schrijven van antwoordbestanden.",
                en: "List every question, for writing answer files.")
        case .test:
            return LocalizedText(
                nl: "Toets de kennisbank aan haar casussen en de lat die daarvoor geldt.",
                en: "Run the knowledge case suite against its bar.")
        case .compare:
            return LocalizedText(
                nl: "Vergelijk de antwoorden van partners en laat zien waar ze verschillen.",
                en: "Compare partners' answers and where they differ.")
        case .readiness:
            return LocalizedText(
                nl: "Ga na of de samenwerking er klaar voor is: de vijf voorwaarden.",
                en: "Check whether the collaboration is ready: the five conditions.")
        case .completions:
            return LocalizedText(
                nl: "Toon een script voor tabaanvulling in bash, zsh of fish.",
                en: "Print a shell completion script for bash, zsh or fish.")
        case .man:
            return LocalizedText(
                nl: "Toon de handleiding als manpagina (roff, sectie 1).",
                en: "Print the manual page (roff, section 1).")
        case .help:
            return LocalizedText(nl: "Toon hulp bij een opdracht.", en: "Show help for a subcommand.")
        }
    }

    /// The paragraphs that follow the overview in the subcommand's own help.
    var discussion: [LocalizedText] {
        switch self {
        case .advise:
            return [
                LocalizedText(
                    nl: "Grondvorm vraagt waarom u wilt samenwerken, plaatst het samenwerkingsverband in een van "
                        + "de vier grondvormen uit het model van Common Eye (Kaats & Opheij) en zet pas daarna de "
                        + "juridische en organisatorische vormen die passen op een rij. Het is geen juridisch advies.",
                    en: "Grondvorm asks why you want to work together, places the collaboration in one of "
                        + "the four archetypes of Common Eye's model (Kaats & Opheij), and only then ranks "
                        + "the legal and organisational forms that fit. It is not legal advice."),
                LocalizedText(
                    nl: "Op een terminal stelt grondvorm de vragen één voor één; typ '?' bij een vraag om te horen "
                        + "waarom die wordt gesteld. Is standaardinvoer geen terminal, dan worden de antwoorden regel "
                        + "voor regel gelezen, zoals getypt. Met --answers of --answer hoeft u niets te typen. Vragen "
                        + "en aanwijzingen gaan naar standaardfout, zodat standaarduitvoer alleen het advies bevat: "
                        + "'grondvorm > advies.txt' vraagt op de terminal en schrijft het advies naar het bestand.",
                    en: "On a terminal it asks its questions one by one; type '?' at any prompt to hear why "
                        + "a question is asked. When standard input is not a terminal, answers are read "
                        + "line by line, as typed. With --answers or --answer nothing needs to be typed. "
                        + "Questions and hints go to standard error, so standard output carries only the "
                        + "report: 'grondvorm > advice.txt' asks on the terminal and writes the advice to the file."),
                LocalizedText(
                    nl: "Na het advies op een terminal kunt u een antwoord veranderen en zien wat er verandert (wat "
                        + "als), het advies opslaan als Markdown of HTML en de antwoorden opslaan; Enter sluit af.",
                    en: "After the advice on a terminal you can change an answer and see what changes (what if), "
                        + "save the advice as Markdown or HTML, and save the answers; Enter ends."),
            ]
        case .check:
            return [
                LocalizedText(
                    nl: "Leest elk .gvk-bestand van de kennisbank en meldt alle problemen tegelijk (afsluitcode 65), "
                        + "of toont een samenvatting van één regel (afsluitcode 0). Zonder --knowledge controleert "
                        + "grondvorm de ingebouwde kennisbank.",
                    en: "Reads every .gvk file of the knowledge base, reports every problem at once "
                        + "(exit 65), or prints a one-line summary (exit 0). Without --knowledge it "
                        + "checks the knowledge base built into the program.")
            ]
        case .questions:
            return [
                LocalizedText(
                    nl: "Toont elke vraag met haar id, soort en opties, zodat u een antwoordbestand kunt schrijven. "
                        + "Met --format json is de uitvoer één JSON-object.",
                    en: "Prints every question with its id, kind and options, so that an answers file "
                        + "can be written. With --format json it prints one JSON object.")
            ]
        case .test:
            return [
                LocalizedText(
                    nl: "Neemt bij elke casus van de kennisbank (cases/*.json naast de .gvk-bestanden) het interview "
                        + "af met elk van zijn antwoordsets, als iemand die elke vraag letterlijk beantwoordt, en vergelijkt het "
                        + "advies met wat de casus verwacht: de grondvorm, de vormen die niet mogen worden "
                        + "aangeraden en de signalen die moeten worden gegeven. Noemt ook de regels die in geen "
                        + "enkele casus zijn toegepast.",
                    en: "Interviews every case of the knowledge base's case suite (cases/*.json beside the "
                        + ".gvk files) with each of its answer sets, as a person who answers every question "
                        + "literally, and compares the advice with what the case expects: the archetype, "
                        + "the forms that must not be recommended and the signals that must be raised. It "
                        + "also lists the rules that fired in no case."),
                LocalizedText(
                    nl: "Afsluitcode 0 als bij ten minste 95% van de afnames de verwachte grondvorm bovenaan staat, "
                        + "bij alle afnames in de bovenste twee, en elke regel is toegepast; anders 1; 65 als een "
                        + "casusbestand niet klopt.",
                    en: "Exits 0 when at least 95% of the runs get the expected archetype first, all of them "
                        + "have it in the top two and every rule fired; 1 when not; 65 when a case file is "
                        + "wrong."),
            ]
        case .compare:
            return [
                LocalizedText(
                    nl:
                        "Verwerkt het antwoordbestand van elke partner in dezelfde consultatie als 'advise --answers' (er wordt "
                        + "niets gevraagd; ontbrekende antwoorden worden genoemd, afsluitcode 65) en vergelijkt de "
                        + "uitkomsten: de grondvorm en de plaats in het 2x2-model van elke partner, de vragen die "
                        + "verschillend zijn beantwoord en welke conclusies elk verschil verschuift (nagerekend met "
                        + "het antwoord van de andere partner), de gedeelde basis, de mate van spraakverwarring "
                        + "(geen, enige, ernstig), gespreksstarters, en een gezamenlijk advies alleen als dat eerlijk "
                        + "te geven is.",
                    en: "Runs each partner's answers file through the same consultation as 'advise --answers' "
                        + "(nothing is asked; missing answers are listed, exit 65) and compares the results: each "
                        + "partner's archetype and position on the 2x2, the questions answered differently and which "
                        + "conclusions each difference moves (checked by recomputing with the other partner's answer), "
                        + "the shared ground, the level of spraakverwarring (none, some, serious), conversation "
                        + "starters, and a joint recommendation only when it is honest to give one."),
                LocalizedText(
                    nl: "Een partner heet naar het veld 'partner' in zijn antwoordbestand, anders naar de "
                        + "bestandsnaam zonder extensie.",
                    en: "A partner is named by the 'partner' field of its answers file, else by the file name "
                        + "without its extension."),
            ]
        case .readiness:
            return [
                LocalizedText(
                    nl: "Stelt alleen de vragen over de vijf voorwaarden van het model van Common Eye: ambitie, "
                        + "belangen, relatie, organisatie en proces, en de fase waarin de partners zitten. Het "
                        + "overzicht noemt wat aandacht vraagt, zoals een risico op schijnsamenwerking, een "
                        + "ontbrekend mandaat of budget, en het document dat bij de fase past (startnotitie, "
                        + "intentieverklaring, afsprakennota, overeenkomst of statuten). De fase 'verkennen' is iets "
                        + "anders dan de grondvorm verkennend.",
                    en: "Asks only the questions about the five conditions of Common Eye's model: ambition, "
                        + "interests, relations, organisation and process, and the phase the partners are in. The "
                        + "overview names what needs attention, such as a risk of sham collaboration, a missing "
                        + "mandate or budget, and the document that fits the phase (start memo, letter of intent, "
                        + "memorandum of agreements, contract or articles). The phase 'exploring' is not the "
                        + "exploratory archetype."),
                LocalizedText(
                    nl: "Met 'advise --readiness' komen dezelfde vragen na de vragen over grondvorm en vormen, en "
                        + "staan de signalen in het advies. In een antwoordbestand zet \"voorwaarden-nalopen\": true "
                        + "de check aan.",
                    en: "With 'advise --readiness' the same questions follow those about the archetype and the "
                        + "forms, and the signals are part of the advice. In an answers file, "
                        + "\"voorwaarden-nalopen\": true turns the check on."),
            ]
        case .completions:
            return [
                LocalizedText(
                    nl: "Toont een script waarmee de shell de opdrachten en opties van grondvorm aanvult, en hun "
                        + "waarden waar die vastliggen. Het script komt uit de eigen optietabel van het programma en "
                        + "past dus altijd bij deze versie. scripts/install.sh installeert het voor alle drie de shells.",
                    en: "Prints a script with which the shell completes grondvorm's subcommands and options, and "
                        + "their values where they are a fixed set. It is generated from the program's own option "
                        + "table, so it always matches this version. scripts/install.sh installs it for all three shells."
                )
            ]
        case .man:
            return [
                LocalizedText(
                    nl: "Toont de handleiding van grondvorm als manpagina, gemaakt uit dezelfde tabellen als deze "
                        + "hulp. scripts/install.sh installeert die; lezen zonder te installeren kan met "
                        + "'grondvorm man | man -l -'.",
                    en: "Prints grondvorm's manual page, generated from the same tables as this help. "
                        + "scripts/install.sh installs it; to read it without installing, use "
                        + "'grondvorm man | man -l -'.")
            ]
        case .help:
            return []
        }
    }

    /// The usage lines, without the `USAGE: ` prefix.
    var usage: [LocalizedText] {
        switch self {
        case .advise, .check, .questions, .test, .readiness, .man:
            let name = self == .advise ? "[advise]" : rawValue
            return [LocalizedText(nl: "grondvorm \(name) [<opties>]", en: "grondvorm \(name) [<options>]")]
        case .compare:
            return [
                LocalizedText(
                    nl: "grondvorm compare <antwoordbestand> <antwoordbestand> [<antwoordbestand> ...] [<opties>]",
                    en: "grondvorm compare <answers-file> <answers-file> [<answers-file> ...] [<options>]")
            ]
        case .completions:
            return [
                LocalizedText(
                    nl: "grondvorm completions <shell> [<opties>]", en: "grondvorm completions <shell> [<options>]")
            ]
        case .help:
            return [LocalizedText(nl: "grondvorm help [<opdracht>]", en: "grondvorm help [<subcommand>]")]
        }
    }

    /// The words that follow the subcommand, in order.
    var arguments: [Argument] {
        switch self {
        case .advise, .check, .questions, .test, .readiness, .man:
            return []
        case .compare:
            return [
                Argument(
                    value: OptionSpec.Value(
                        placeholder: LocalizedText(nl: "antwoordbestand", en: "answers-file"), kind: .file),
                    summary: LocalizedText(
                        nl: "Het antwoordbestand van één partner (JSON, zoals bij --answers); minstens twee.",
                        en: "One partner's answers file (JSON, as for --answers); at least two."),
                    isRepeatable: true)
            ]
        case .completions:
            return [
                Argument(
                    value: OptionSpec.Value(
                        placeholder: LocalizedText(nl: "shell", en: "shell"),
                        kind: .choice(Shell.allCases.map(\.rawValue))),
                    summary: LocalizedText(nl: "De shell: bash, zsh of fish.", en: "The shell: bash, zsh or fish."),
                    isRepeatable: false)
            ]
        case .help:
            return [
                Argument(
                    value: OptionSpec.Value(
                        placeholder: LocalizedText(nl: "opdracht", en: "subcommand"),
                        kind: .choice(Subcommand.allCases.map(\.rawValue))),
                    summary: LocalizedText(
                        nl: "De opdracht waarover u hulp wilt.", en: "The subcommand to show help for."),
                    isRepeatable: false)
            ]
        }
    }

    /// Example command lines shown in the help, if any.
    var examples: [LocalizedText] {
        switch self {
        case .advise:
            return [
                .same("grondvorm"),
                LocalizedText(
                    nl: "grondvorm --lang nl --answers antwoorden.json --format json -o advies.json",
                    en: "grondvorm --lang en --answers answers.json --format json -o advice.json"),
                .same("grondvorm --answer motieven=kosten-besparen --answer samen-aanbieden=no"),
                LocalizedText(nl: "grondvorm --save antwoorden.json", en: "grondvorm --save answers.json"),
                LocalizedText(
                    nl: "grondvorm advise --resume antwoorden.json", en: "grondvorm advise --resume answers.json"),
            ]
        case .check:
            return [.same("grondvorm check"), .same("grondvorm check --knowledge ./Knowledge")]
        case .questions:
            return [
                LocalizedText(nl: "grondvorm questions --lang nl", en: "grondvorm questions --lang en"),
                LocalizedText(
                    nl: "grondvorm questions --format json > vragen.json",
                    en: "grondvorm questions --format json > questions.json"),
            ]
        case .test:
            return [.same("grondvorm test"), .same("grondvorm test --knowledge ./Knowledge --format json")]
        case .compare:
            return [
                .same("grondvorm compare noord.json zuid.json"),
                LocalizedText(
                    nl: "grondvorm compare a.json b.json c.json --lang nl --format html -o vergelijking.html",
                    en: "grondvorm compare a.json b.json c.json --lang en --format html -o comparison.html"),
            ]
        case .readiness:
            return [
                .same("grondvorm readiness"),
                LocalizedText(
                    nl: "grondvorm readiness --answers antwoorden.json --format markdown -o voorwaarden.md",
                    en: "grondvorm readiness --answers answers.json --format markdown -o conditions.md"),
                .same("grondvorm advise --readiness"),
            ]
        case .completions:
            return [
                .same("source <(grondvorm completions bash)"),
                .same("grondvorm completions zsh > ~/.zfunc/_grondvorm"),
                .same("grondvorm completions fish > ~/.config/fish/completions/grondvorm.fish"),
            ]
        case .man:
            return [.same("grondvorm man | man -l -"), .same("grondvorm man --lang nl > grondvorm.1")]
        case .help:
            return [.same("grondvorm help check")]
        }
    }

    /// The name as listed under SUBCOMMANDS.
    func listedName(in language: Language) -> String {
        switch self {
        case .advise: return "advise (" + LocalizedText(nl: "standaard", en: "default")(language) + ")"
        case .check, .questions, .test, .compare, .readiness, .completions, .man, .help: return rawValue
        }
    }
}

extension LocalizedText {
    /// A text that reads the same in both languages: a command line, a file name.
    static func same(_ text: String) -> LocalizedText {
        LocalizedText(nl: text, en: text)
    }
}
