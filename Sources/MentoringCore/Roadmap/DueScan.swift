import Foundation

/// How a date piece joins the one before it.
enum DueLink { case separate, range, until, from }

/// One date expression before its year is known.
enum DuePiece {
    case day(Int, month: Int, year: Int?)
    case month(Int, year: Int?)
    case week(Int, month: Int, year: Int?)
    case quarter(Int, year: Int?)
    case fixed(DateSpan)

    var month: Int? {
        switch self {
        case .day(_, let m, _), .month(let m, _), .week(_, let m, _): m
        case .quarter(let q, _): q * 3 - 2
        case .fixed: nil
        }
    }

    var year: Int? {
        switch self {
        case .day(_, _, let y), .month(_, let y), .week(_, _, let y), .quarter(_, let y): y
        case .fixed: nil
        }
    }
}

/// A single pass over the tokens that collects date pieces and how they are linked.
struct DueScan {
    let tokens: [DueToken]
    let context: DueContext
    var pieces: [(piece: DuePiece, link: DueLink)] = []
    var problems: [String] = []
    private var link = DueLink.separate
    private var fromIsOpen = false
    private var index = 0

    init(tokens: [DueToken], context: DueContext) {
        self.tokens = tokens
        self.context = context
    }

    mutating func run() {
        while index < tokens.count {
            switch tokens[index] {
            case .word(let word):
                if ["далее", "затем", "потом"].contains(word) { return }
                readWord(word)
            case .number(let value, let digits):
                readNumber(value, digits: digits)
            case .dash:
                if !pieces.isEmpty && link == .separate { link = .range }
                index += 1
            case .comma:
                if link == .range { link = .separate }
                index += 1
            case .dot, .other:
                index += 1
            }
        }
    }

    private func token(_ at: Int) -> DueToken? { at < tokens.count ? tokens[at] : nil }
    private func word(_ at: Int) -> String? { token(at)?.word }

    private func year(_ at: Int) -> Int? {
        if case .number(let value, 4)? = token(at), (1990...2100).contains(value) { return value }
        return nil
    }

    private mutating func add(_ piece: DuePiece, next: Int) {
        pieces.append((piece, link))
        if link == .from { fromIsOpen = true } else if link == .range { fromIsOpen = false }
        link = .separate
        index = next
    }

    private mutating func readWord(_ word: String) {
        switch word {
        case "до":
            link = .until
            index += 1
        case "не" where ["позднее", "позже"].contains(self.word(index + 1) ?? ""):
            link = .until
            index += 2
        case "по":
            link = fromIsOpen ? .range : .until
            index += 1
        case "с", "со", "начиная":
            link = .from
            index += 1
        case "течение", "течении", "протяжении", "весь", "всего":
            readWholePeriod()
        default:
            if let month = RussianMonths.month(word) {
                let y = year(index + 1)
                add(.month(month, year: y), next: index + (y == nil ? 1 : 2))
            } else if let week = Self.ordinals[word], let (month, y, next) = weekTail(index + 1) {
                add(.week(week, month: month, year: y), next: next)
            } else if let quarter = Self.romanQuarters[word], self.word(index + 1)?.hasPrefix("квартал") == true {
                let y = year(index + 2)
                add(.quarter(quarter, year: y), next: index + (y == nil ? 2 : 3))
            } else {
                index += 1
            }
        }
    }

    /// "В течение учебного года", "в течении года", "в течение всего периода реализации …".
    private mutating func readWholePeriod() {
        let following = (1...4).map { word(index + $0) }
        if year(index + 1) != nil {
            index += 1
            return
        }
        if let offset = following.firstIndex(where: { $0?.hasPrefix("период") == true || $0 == "срока" }) {
            let next = index + offset + 2
            if let period = context.period {
                add(.fixed(period), next: next)
            } else {
                problems.append("период дорожной карты неизвестен — укажите его, чтобы получить даты")
                index = next
            }
        } else if let offset = following.prefix(2).firstIndex(where: { $0 == "года" || $0 == "год" }) {
            let next = index + offset + 2
            if let academic = context.academicYear {
                add(.fixed(.academicYear(startingIn: academic)), next: next)
            } else if let year = context.year {
                add(.fixed(.year(year)), next: next)
            } else if let period = context.period {
                add(.fixed(period), next: next)
            } else {
                problems.append("учебный год неизвестен — укажите период дорожной карты")
                index = next
            }
        } else {
            index += 1
        }
    }

    private mutating func readNumber(_ value: Int, digits: Int) {
        if digits <= 2, (1...31).contains(value), token(index + 1) == .dot,
            case .number(let month, let monthDigits)? = token(index + 2), monthDigits <= 2, (1...12).contains(month)
        {
            var next = index + 3
            if token(next) == .dot { next += 1 }
            var y: Int?
            if case .number(let given, let yearDigits)? = token(next), yearDigits == 4 || yearDigits == 2 {
                y = yearDigits == 2 ? 2000 + given : given
                next += 1
            }
            add(.day(value, month: month, year: y), next: next)
        } else if digits <= 2, (1...31).contains(value), let month = word(index + 1).flatMap(RussianMonths.month) {
            let y = year(index + 2)
            add(.day(value, month: month, year: y), next: index + (y == nil ? 2 : 3))
        } else if digits == 1, let (month, y, next) = weekTail(skippingSuffix(index + 1)), (1...5).contains(value) {
            add(.week(value, month: month, year: y), next: next)
        } else if digits == 1, (1...4).contains(value), word(skippingSuffix(index + 1))?.hasPrefix("квартал") == true {
            let after = skippingSuffix(index + 1) + 1
            let y = year(after)
            add(.quarter(value, year: y), next: after + (y == nil ? 0 : 1))
        } else if digits == 4, (1990...2100).contains(value) {
            readYear(value)
        } else {
            index += 1
        }
    }

    /// "2024-2025 учебный год" is an academic year; "2023 – 2026 гг." a span of calendar years; "2024 год" one year.
    private mutating func readYear(_ value: Int) {
        if token(index + 1) == .dash, let second = year(index + 2) {
            let following = word(index + 3) ?? ""
            if second == value + 1
                && !(following.hasPrefix("гг") || following.hasPrefix("годы") || following.hasPrefix("годов"))
            {
                add(.fixed(.academicYear(startingIn: value)), next: index + 3)
            } else {
                add(
                    .fixed(DateSpan(start: DateSpan.year(value).start, end: DateSpan.year(second).end)), next: index + 3
                )
            }
        } else {
            add(.fixed(.year(value)), next: index + 1)
        }
    }

    /// Skips "-я", "-й", "-ая" after an ordinal number ("2-я неделя").
    private func skippingSuffix(_ at: Int) -> Int {
        if token(at) == .dash, let suffix = word(at + 1), ["я", "й", "ая", "ой", "ий"].contains(suffix) {
            return at + 2
        }
        return at
    }

    /// "неделя февраля [2023]" after a week number: the month, the year if written, and where reading goes on.
    private func weekTail(_ at: Int) -> (Int, Int?, Int)? {
        guard let noun = word(at), noun.hasPrefix("недел"), let month = word(at + 1).flatMap(RussianMonths.month) else {
            return nil
        }
        let y = year(at + 2)
        return (month, y, at + (y == nil ? 2 : 3))
    }

    static let ordinals = [
        "первая": 1, "вторая": 2, "третья": 3, "четвертая": 4, "пятая": 5,
        "первую": 1, "вторую": 2, "третью": 3, "четвертую": 4, "пятую": 5,
    ]
    static let romanQuarters = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
}
