/// Writes the CLIPS 6.30 equivalent of a neutral rule set: a constructs file with the
/// rules and initial facts, and a driver that loads it, resets, runs and prints the same
/// JSON line as `grondvorm-bench run`.
///
/// Working memory is a set of ordered facts `(av ATTRIBUTE VALUE)`; CLIPS refuses
/// duplicate facts, which gives the neutral format's set semantics. A rule counts its own
/// firing in the global `?*fired*`, because `(run)` returns nothing in 6.30.
///
/// Timing in the driver uses `(time)`. Load time is `(load* constructs)` plus `(reset)`
/// (which asserts the initial facts and matches them), the counterpart of what
/// `grondvorm-bench run` counts as loading; run time is `(run)`.
enum CLIPSWriter {
    /// The constructs file: `(deffacts ...)` and one `(defrule ...)` per rule.
    static func constructs(_ set: NeutralRuleSet, header: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(set.rules.count * 80)
        out.append(contentsOf: "; \(header)\n".utf8)
        out.append(contentsOf: "(deffacts initial-facts".utf8)
        for fact in set.facts {
            out.append(contentsOf: "\n  ".utf8)
            appendFact(fact, to: &out)
        }
        out.append(contentsOf: ")\n".utf8)
        for (index, rule) in set.rules.enumerated() {
            out.append(contentsOf: "(defrule ".utf8)
            out.append(contentsOf: (isPlainSymbol(rule.id) ? rule.id : "rule-\(index + 1)").utf8)
            for condition in rule.conditions {
                out.append(UInt8(ascii: " "))
                appendFact(condition, to: &out)
            }
            out.append(contentsOf: " => (bind ?*fired* (+ ?*fired* 1)) (assert".utf8)
            for conclusion in rule.conclusions {
                out.append(UInt8(ascii: " "))
                appendFact(conclusion, to: &out)
            }
            out.append(contentsOf: "))\n".utf8)
        }
        return out
    }

    /// The driver, run as `clips -f2 PREFIX.clp < /dev/null`; it loads `constructsPath`.
    static func driver(constructsPath: String, header: String) -> [UInt8] {
        var path: [UInt8] = []
        appendString(constructsPath, to: &path)
        let quotedPath = String(decoding: path, as: UTF8.self)
        let text = """
            ; \(header)
            ; Run non-interactively: clips -f2 THIS-FILE < /dev/null
            ; Prints {"rules": N, "fired": F, "final_facts": M, "load_s": x, "run_s": y}.
            ; load_s = (load* constructs) + (reset) (asserts and matches the initial facts);
            ; run_s = (run). Both come from CLIPS's (time).
            (set-reset-globals FALSE)
            (defglobal ?*fired* = 0 ?*t0* = 0.0 ?*t1* = 0.0 ?*t2* = 0.0)
            (bind ?*t0* (time))
            (load* \(quotedPath))
            (reset)
            (bind ?*t1* (time))
            (run)
            (bind ?*t2* (time))
            (printout t "{\\"rules\\": " (length$ (get-defrule-list))
              ", \\"fired\\": " ?*fired*
              ", \\"final_facts\\": " (length$ (find-all-facts ((?f av)) TRUE))
              ", \\"load_s\\": " (format nil "%.6f" (- ?*t1* ?*t0*))
              ", \\"run_s\\": " (format nil "%.6f" (- ?*t2* ?*t1*)) "}" crlf)
            (exit)

            """
        return Array(text.utf8)
    }

    private static func appendFact(_ pair: Pair, to out: inout [UInt8]) {
        out.append(contentsOf: "(av ".utf8)
        appendAtom(pair.attribute, to: &out)
        out.append(UInt8(ascii: " "))
        appendAtom(pair.value, to: &out)
        out.append(UInt8(ascii: ")"))
    }

    /// A plain symbol when `text` is one, else a string literal (so any neutral name
    /// survives; conditions and conclusions use the same form, so they still match).
    private static func appendAtom(_ text: String, to out: inout [UInt8]) {
        if isPlainSymbol(text) {
            out.append(contentsOf: text.utf8)
        } else {
            appendString(text, to: &out)
        }
    }

    /// A CLIPS string literal (only `"` and `\` need escaping).
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A letter followed by letters, digits, `_` or `-`: a symbol CLIPS reads as itself
    /// and never as a number, variable or keyword.
    private static func isPlainSymbol(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
