/// Column widths of a Word table in twips and the size of its header's text: the relative widths asked for, except
/// that a header's longest word fits its column whole («наставничества», «Удовлетворены» are not broken over two
/// lines). The room a narrow column needs is taken from the columns that have more than they need; when the words do
/// not fit at 11 pt, the header is set smaller (down to 9 pt).
enum TableWidths {
    /// Twips per character of bold Times New Roman at `size` points, as LibreOffice lays out Russian words
    /// (measured: «Удовлетворе» at 11 pt takes 1 270 twips; wide letters as «ы», «ш», «ж» take more).
    static func perCharacter(size: Int) -> Int { 132 * size / 11 }
    /// The cell's left and right margins (108 each) and its borders.
    static let padding = 230

    static func layout(relative: [Int], headers: [[String]], total: Int) -> (twips: [Int], headerSize: Int) {
        let sum = max(1, relative.reduce(0, +))
        let asked = relative.map { $0 * total / sum }
        let longest = relative.indices.map { column in
            headers.compactMap { $0.indices.contains(column) ? $0[column] : nil }
                .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "/" }) }
                .map(\.count).max() ?? 0
        }
        for size in [11, 10, 9] {
            let needed = longest.map { $0 == 0 ? 0 : $0 * perCharacter(size: size) + padding }
            if let twips = fitted(asked, needed, total: total) { return (twips, size) }
        }
        return (asked, 11)
    }

    /// `asked`, with every column at least its `needed` width; nil when the needs do not fit in `total`.
    private static func fitted(_ asked: [Int], _ needed: [Int], total: Int) -> [Int]? {
        let deficit = zip(asked, needed).reduce(0) { $0 + max(0, $1.1 - $1.0) }
        guard deficit > 0 else { return asked }
        let slack = zip(asked, needed).map { max(0, $0 - $1) }
        let spare = slack.reduce(0, +)
        guard spare >= deficit else { return nil }
        return asked.indices.map { index in
            asked[index] < needed[index] ? needed[index] : asked[index] - slack[index] * deficit / spare
        }
    }
}
