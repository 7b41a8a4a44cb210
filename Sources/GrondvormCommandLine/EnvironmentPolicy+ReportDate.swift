/// The date printed on HTML and Markdown reports.
extension EnvironmentPolicy {
    /// The report's date (`YYYY-MM-DD`, UTC): from `SOURCE_DATE_EPOCH` when it is set to a whole
    /// number of seconds since 1970-01-01 (the reproducible-builds convention, so the same answers
    /// give the same bytes), else from `startTime` (the moment the process started, seconds since
    /// 1970-01-01); `nil` when neither gives one (a malformed `SOURCE_DATE_EPOCH` is ignored).
    static func reportDate(variables: [String: String], startTime: Int?) -> String? {
        if let fixed = variables["SOURCE_DATE_EPOCH"].flatMap({ Int($0) }), fixed >= 0 {
            return date(secondsSinceEpoch: fixed)
        }
        return startTime.map(date(secondsSinceEpoch:))
    }

    /// The UTC calendar date of a moment, `YYYY-MM-DD` (proleptic Gregorian calendar).
    ///
    /// Days to civil date after Howard Hinnant's `civil_from_days`: eras of 400 years, each
    /// 146,097 days long, counted from 0000-03-01 so that the leap day ends a year.
    static func date(secondsSinceEpoch seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let padded = { (value: Int, width: Int) -> String in
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }
}
