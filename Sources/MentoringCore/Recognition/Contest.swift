import Foundation

/// A criterion the jury scores each application against, with its maximum points.
public struct ContestCriterion: Codable, Equatable, Sendable {
    public var title: String
    public var maxPoints: Int

    public init(title: String, maxPoints: Int) {
        (self.title, self.maxPoints) = (title, maxPoints)
    }
}

/// A professional contest of mentors («Наставник года») announced by an education authority: its nominations, the
/// criteria with their maximum points, the last day of nominations and the last day of scoring.
public struct ContestDetails: Equatable, Sendable {
    public var title: String
    public var nominations: [String]
    public var criteria: [ContestCriterion]
    public var applicationsUntil: CalendarDate
    public var scoringUntil: CalendarDate

    public init(
        title: String, nominations: [String], criteria: [ContestCriterion], applicationsUntil: CalendarDate,
        scoringUntil: CalendarDate
    ) {
        (self.title, self.nominations, self.criteria) = (title, nominations, criteria)
        (self.applicationsUntil, self.scoringUntil) = (applicationsUntil, scoringUntil)
    }

    /// The most points an application can get.
    public var maxTotal: Int { criteria.reduce(0) { $0 + $1.maxPoints } }
}

/// The raw fields of the contest form: nominations one per line, criteria one per line ending with the points.
public struct ContestInput: Codable, Sendable {
    public var title: String?
    public var nominations: String?
    public var criteria: String?
    public var applicationsUntil: String?
    public var scoringUntil: String?

    public init(
        title: String? = nil, nominations: String? = nil, criteria: String? = nil, applicationsUntil: String? = nil,
        scoringUntil: String? = nil
    ) {
        (self.title, self.nominations, self.criteria) = (title, nominations, criteria)
        (self.applicationsUntil, self.scoringUntil) = (applicationsUntil, scoringUntil)
    }

    public init(_ details: ContestDetails) {
        self.init(
            title: details.title, nominations: details.nominations.joined(separator: "\n"),
            criteria: details.criteria.map { "\($0.title) — \($0.maxPoints)" }.joined(separator: "\n"),
            applicationsUntil: details.applicationsUntil.description, scoringUntil: details.scoringUntil.description)
    }

    static let maxLines = 20

    public func validated(today: CalendarDate) throws(ValidationFailure) -> ContestDetails {
        var reader = FieldReader()
        let title = reader.required("title", title, maxLength: 200)
        let nominations = Self.lines(nominations)
        if nominations.isEmpty || nominations.count > Self.maxLines || nominations.contains(where: { $0.count > 200 })
            || Set(nominations).count != nominations.count
        {
            reader.failure.add("nominations", "От 1 до \(Self.maxLines) разных номинаций, по одной в строке.")
        }
        let criteria = Self.lines(criteria).map(Self.criterion)
        if criteria.isEmpty || criteria.count > Self.maxLines || criteria.contains(nil) {
            reader.failure.add(
                "criteria", "От 1 до \(Self.maxLines) критериев, по одному в строке: название и баллы от 1 до 100.")
        }
        let applications = reader.date("applicationsUntil", applicationsUntil, required: true)
        let scoring = reader.date("scoringUntil", scoringUntil, required: true)
        if let applications, applications.year < 2000 || applications.year > today.year + 2 {
            reader.failure.add("applicationsUntil", "Укажите день не раньше 2000 года и не позже чем через два года.")
        }
        if let applications, let scoring, scoring < applications || scoring.year > today.year + 2 {
            reader.failure.add("scoringUntil", "Оценивание — после приёма заявок и не позже чем через два года.")
        }
        try reader.failure.throwIfAny()
        return ContestDetails(
            title: title, nominations: nominations, criteria: criteria.compactMap { $0 },
            applicationsUntil: applications ?? today, scoringUntil: scoring ?? today)
    }

    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// «Методическая грамотность — 10»: the title, then the points after a dash, a semicolon or a colon.
    static func criterion(_ line: String) -> ContestCriterion? {
        guard let cut = line.lastIndex(where: { "—–-;:".contains($0) }),
            let points = Int(line[line.index(after: cut)...].trimmingCharacters(in: .whitespaces)),
            (1...100).contains(points)
        else { return nil }
        let title = line[..<cut].trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, title.count <= 200 else { return nil }
        return ContestCriterion(title: title, maxPoints: points)
    }
}

/// The jury's result of one nomination: each application's total (the sum over the criteria of the jurors' mean
/// points) and its place, shared by equal totals.
public enum ContestRanking {
    public struct Entry: Equatable, Sendable {
        public var application: UUID
        public var total: Double
        public var places: ClosedRange<Int>

        /// «12,50»: two decimals with a comma.
        public var totalText: String { String(format: "%.2f", total).replacingOccurrences(of: ".", with: ",") }

        /// «1» or, for a tie, «1–2».
        public var place: String {
            places.lowerBound == places.upperBound
                ? "\(places.lowerBound)" : "\(places.lowerBound)–\(places.upperBound)"
        }
    }

    /// `scores[application][criterion]` holds the points of every juror who scored it.
    public static func rank(_ scores: [UUID: [Int: [Int]]], criteria: Int) -> [Entry] {
        let totals = scores.map { application, byCriterion in
            let total = (0..<criteria).reduce(0.0) { sum, criterion in
                let points = byCriterion[criterion] ?? []
                return sum + (points.isEmpty ? 0 : Double(points.reduce(0, +)) / Double(points.count))
            }
            return (application, (total * 100).rounded() / 100)
        }.sorted { ($0.1, $1.0.uuidString) > ($1.1, $0.0.uuidString) }
        return totals.map { application, total in
            let above = totals.filter { $0.1 > total }.count
            let equal = totals.filter { $0.1 == total }.count
            return Entry(application: application, total: total, places: (above + 1)...(above + equal))
        }
    }
}

/// The fields of a nomination to the contest: the mentor, the nomination, the curator's essay and the mentor's
/// consent to publish what the application says of them.
public struct ContestApplicationInput: Codable, Sendable {
    public var person: String?
    public var nomination: String?
    public var essay: String?
    public var publicationConsent: String?

    public init(
        person: String? = nil, nomination: String? = nil, essay: String? = nil, publicationConsent: String? = nil
    ) {
        (self.person, self.nomination, self.essay, self.publicationConsent) = (
            person, nomination, essay, publicationConsent
        )
    }

    public func validated(
        nominations: [String], mentors: Set<UUID>
    ) throws(ValidationFailure) -> (person: UUID, nomination: String, essay: String) {
        var reader = FieldReader()
        let person = reader.optional(person).flatMap(UUID.init(uuidString:))
        if person.map({ !mentors.contains($0) }) ?? true {
            reader.failure.add("person", "Выберите наставника организации.")
        }
        let nomination = reader.required("nomination", nomination, message: "Выберите номинацию.")
        if !nomination.isEmpty, !nominations.contains(nomination) {
            reader.failure.add("nomination", "Такой номинации в конкурсе нет.")
        }
        let essay = reader.required("essay", essay, message: "Расскажите о наставнике.", maxLength: 10_000)
        if !["on", "true", "1"].contains(publicationConsent ?? "") {
            reader.failure.add(
                "publicationConsent", "Без согласия наставника на публикацию сведений о нём заявку не подают.")
        }
        try reader.failure.throwIfAny()
        return (person ?? UUID(), nomination, essay)
    }
}
