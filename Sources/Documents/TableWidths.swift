/// Column widths of a Word table in twips: the relative widths asked for, except that a header's longest word fits
/// its column whole («наставничества», «Удовлетворены» are not broken over two lines). The room a narrow column
/// needs is taken from the columns that have more than they need.
enum TableWidths {
    /// Twips per character of bold 11-pt Times New Roman (Cyrillic capitals are wider than an average letter).
    static let perCharacter = 130
    /// The cell's left and right margins and its borders.
    static let padding = 250

    static func twips(relative: [Int], headers: [[String]], total: Int) -> [Int] {
        let sum = max(1, relative.reduce(0, +))
        let asked = relative.map { $0 * total / sum }
        let needed = relative.indices.map { column in
            let longest = headers.compactMap { $0.indices.contains(column) ? $0[column] : nil }
                .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "/" }) }
                .map(\.count).max() ?? 0
            return longest == 0 ? 0 : longest * perCharacter + padding
        }
        let deficit = zip(asked, needed).reduce(0) { $0 + max(0, $1.1 - $1.0) }
        guard deficit > 0 else { return asked }
        let slack = zip(asked, needed).map { max(0, $0 - $1) }
        let spare = slack.reduce(0, +)
        guard spare >= deficit else {
            // Not even the words fit: every column gets room in proportion to what it needs.
            let neededSum = max(1, zip(asked, needed).reduce(0) { $0 + max($1.0, $1.1) })
            return zip(asked, needed).map { max($0, $1) * total / neededSum }
        }
        return asked.indices.map { index in
            asked[index] < needed[index] ? needed[index] : asked[index] - slack[index] * deficit / spare
        }
    }
}
