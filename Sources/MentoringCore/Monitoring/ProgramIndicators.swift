import Foundation

/// A sum and a count, so averages can be merged and shown as «нет данных» when nothing was counted.
public struct Tally: Equatable, Codable, Sendable {
    public var sum: Double
    public var count: Int

    public init(sum: Double = 0, count: Int = 0) {
        self.sum = sum
        self.count = count
    }

    public var mean: Double? { count == 0 ? nil : sum / Double(count) }

    public mutating func add(_ value: Double) {
        sum += value
        count += 1
    }
}

/// What the database counted for a program (or an organization): the inputs of its indicators.
public struct ProgramFacts: Equatable, Codable, Sendable {
    /// Distinct mentors and mentees of pairs fixed, working or completed, by form.
    public var mentorsByForm: [MentoringForm: Int] = [:]
    public var menteesByForm: [MentoringForm: Int] = [:]
    /// Mentee profiles that asked for a mentor (in the base, matched or completed) and those that got one.
    public var menteesRequested = 0
    public var menteesMatched = 0
    /// Pairs and groups fixed, working or completed.
    public var pairsFormed = 0
    public var meetingsHeld = 0
    /// Months the working and completed pairs have worked, summed.
    public var pairMonths = 0.0
    public var feedbackOfMentees = Tally()
    public var feedbackOfMentors = Tally()
    public var planTasksDone = 0
    public var planTasks = 0
    public var terminated: [TerminationReason: Int] = [:]
    /// Days from the mentee's request to the pair.
    public var daysToPair = Tally()
    /// The organization's own people: students 10–19 and 15–19 on the reference date, young specialists — and those of them
    /// who are mentees or mentors.
    public var students10to19 = 0
    public var menteeStudents10to19 = 0
    public var students15to19 = 0
    public var mentorStudents15to19 = 0
    public var youngSpecialists = 0
    public var menteeYoungSpecialists = 0
    public var satisfiedMentees = 0
    public var menteeAnswers = 0
    public var satisfiedMentors = 0
    public var mentorAnswers = 0

    public init() {}
}

extension ProgramFacts {
    /// The forms with anyone in a pair, each with its mentors and mentees, in the forms' order.
    public var participantsByForm: [(form: MentoringForm, mentors: Int, mentees: Int)] {
        MentoringForm.allCases.compactMap { form in
            let mentors = mentorsByForm[form] ?? 0
            let mentees = menteesByForm[form] ?? 0
            return mentors + mentees == 0 ? nil : (form, mentors, mentees)
        }
    }
}

extension Double {
    /// One decimal with a comma, as Russian documents write it: «4,2».
    public var oneDecimal: String { russian(digits: 1) }
    /// A change: «+2,0», «-1,5», «0,0» — a rise carries its plus on the page and in the documents alike.
    public var signedOneDecimal: String {
        let tenths = (self * 10).rounded()
        if tenths == 0 { return "0,0" }
        return (tenths > 0 ? "+" : "") + oneDecimal
    }
}

/// One card of the curator's dashboard: a value with its formula, counts and target.
public struct IndicatorCard: Equatable, Codable, Sendable {
    public var key: String
    public var title: String
    public var definition: String
    public var value: String
    /// The number behind the value, for charts and sorting; `nil` when there is none.
    public var number: Double?
    public var counts: String?
    public var target: Double?
    public var meetsTarget: Bool?

    public init(
        key: String, title: String, definition: String, value: String, number: Double?, counts: String? = nil,
        target: Double? = nil, meetsTarget: Bool? = nil
    ) {
        self.key = key
        self.title = title
        self.definition = definition
        self.value = value
        self.number = number
        self.counts = counts
        self.target = target
        self.meetsTarget = meetsTarget
    }

    public init(_ indicator: MunicipalIndicator, _ value: IndicatorValue, definition: String? = nil) {
        self.init(
            key: indicator.rawValue, title: indicator.shortTitle, definition: definition ?? indicator.definition,
            value: value.text,
            number: value.percent, counts: value.countsText, target: value.target, meetsTarget: value.meetsTarget)
    }
}

/// The organization-level indicators, computed from `ProgramFacts`.
public enum ProgramIndicator: String, CaseIterable, Codable, Sendable {
    case matchedShare = "matched_share"
    case pairsFormed = "pairs_formed"
    case meetingsPerPairMonth = "meetings_per_pair_month"
    case feedbackOfMentees = "feedback_mentees"
    case feedbackOfMentors = "feedback_mentors"
    case planCompletion = "plan_completion"
    case terminated
    case daysToPair = "days_to_pair"

    public var title: String {
        switch self {
        case .matchedShare: "Наставляемые, получившие наставника"
        case .pairsFormed: "Пары и группы сформированы"
        case .meetingsPerPairMonth: "Встреч на пару в месяц"
        case .feedbackOfMentees: "Оценка встреч наставляемыми"
        case .feedbackOfMentors: "Оценка встреч наставниками"
        case .planCompletion: "Выполнение персональных планов"
        case .terminated: "Прекращённые пары"
        case .daysToPair: "Дней от запроса до пары"
        }
    }

    public var definition: String {
        switch self {
        case .matchedShare:
            "Наставляемые в паре или завершившие ÷ все наставляемые базы, подавшие запрос (в базе, в паре, завершили) × 100 %."
        case .pairsFormed:
            "Пары и группы, закреплённые приказом, работающие или завершённые, против числа запросов наставляемых."
        case .meetingsPerPairMonth:
            "Проведённые встречи ÷ сумма месяцев работы всех работающих и завершённых пар (пара моложе месяца считается за один месяц)."
        case .feedbackOfMentees: "Среднее оценок встреч в формах обратной связи наставляемых, приведённых к шкале 1–5."
        case .feedbackOfMentors: "Среднее оценок встреч в формах обратной связи наставников, приведённых к шкале 1–5."
        case .planCompletion: "Выполненные задачи персональных планов ÷ все задачи, кроме отменённых × 100 %."
        case .terminated: "Пары, прекращённые до срока, по причинам."
        case .daysToPair: "Среднее число дней от постановки наставляемого в очередь до создания его пары."
        }
    }
}

extension ProgramFacts {
    /// Every card of the dashboard: the municipal indicators at the organization's level (targets from the
    /// municipality's figures), then the organization's own.
    /// The cards of a program of these forms: an indicator about people no form of the program takes in (young
    /// specialists in a students-only program, students in a teachers-only one) is left out; `nil` — every card.
    public func cards(targets: [MunicipalIndicator: Double], forms: [MentoringForm]? = nil) -> [IndicatorCard] {
        let all = allCards(targets: targets)
        guard let forms else { return all }
        let mentees = Set(forms.flatMap(\.menteeCategories))
        let mentors = Set(forms.flatMap(\.mentorCategories))
        let left: Set<String> = [
            mentees.contains(.teacher) ? nil : MunicipalIndicator.youngSpecialists.rawValue,
            mentees.contains(.student) ? nil : MunicipalIndicator.menteeChildren.rawValue,
            mentors.contains(.student) ? nil : MunicipalIndicator.mentorChildren.rawValue,
        ].compactMap { $0 }.reduce(into: []) { $0.insert($1) }
        return all.filter { !left.contains($0.key) }
    }

    private func allCards(targets: [MunicipalIndicator: Double]) -> [IndicatorCard] {
        func share(
            _ indicator: MunicipalIndicator, _ numerator: Int, _ denominator: Int, _ definition: String? = nil
        ) -> IndicatorCard {
            IndicatorCard(
                indicator,
                IndicatorValue(
                    numerator: numerator, denominator: denominator, target: targets[indicator],
                    enteredDenominator: false),
                definition: definition)
        }
        func average(_ key: ProgramIndicator, _ tally: Tally) -> IndicatorCard {
            IndicatorCard(
                key: key.rawValue, title: key.title, definition: key.definition,
                value: tally.mean.map { "\($0.oneDecimal) из 5" } ?? "нет данных",
                number: tally.mean, counts: "ответов: \(tally.count)")
        }
        let matched = IndicatorValue(
            numerator: menteesMatched, denominator: menteesRequested, target: nil, enteredDenominator: false)
        let plans = IndicatorValue(
            numerator: planTasksDone, denominator: planTasks, target: nil, enteredDenominator: false)
        let perMonth = pairMonths > 0 ? Double(meetingsHeld) / pairMonths : nil
        let stopped = terminated.values.reduce(0, +)
        let reasons = TerminationReason.allCases.compactMap { reason in
            terminated[reason].map { "\(reason.title): \($0)" }
        }
        return [
            share(
                .menteeChildren, menteeStudents10to19, students10to19,
                "Обучающиеся организации 10–19 лет на отчётную дату, бывшие наставляемыми в работающих или завершённых парах, ÷ все обучающиеся 10–19 лет организации × 100 %."
            ),
            share(
                .mentorChildren, mentorStudents15to19, students15to19,
                "Обучающиеся организации 15–19 лет, бывшие наставниками в работающих или завершённых парах, ÷ все обучающиеся 15–19 лет организации × 100 %."
            ),
            share(
                .youngSpecialists, menteeYoungSpecialists, youngSpecialists,
                "Молодые специалисты организации, бывшие наставляемыми в работающих или завершённых парах, ÷ все молодые специалисты организации × 100 %."
            ),
            share(.menteeSatisfaction, satisfiedMentees, menteeAnswers),
            share(.mentorSatisfaction, satisfiedMentors, mentorAnswers),
            IndicatorCard(
                key: ProgramIndicator.matchedShare.rawValue, title: ProgramIndicator.matchedShare.title,
                definition: ProgramIndicator.matchedShare.definition, value: matched.text, number: matched.percent,
                counts: matched.countsText),
            IndicatorCard(
                key: ProgramIndicator.pairsFormed.rawValue, title: ProgramIndicator.pairsFormed.title,
                definition: ProgramIndicator.pairsFormed.definition, value: String(pairsFormed),
                number: Double(pairsFormed),
                counts: "запросов наставляемых: \(menteesRequested)"),
            IndicatorCard(
                key: ProgramIndicator.meetingsPerPairMonth.rawValue, title: ProgramIndicator.meetingsPerPairMonth.title,
                definition: ProgramIndicator.meetingsPerPairMonth.definition,
                value: perMonth?.oneDecimal ?? "нет данных", number: perMonth,
                counts: "встреч: \(meetingsHeld)"),
            average(.feedbackOfMentees, feedbackOfMentees),
            average(.feedbackOfMentors, feedbackOfMentors),
            IndicatorCard(
                key: ProgramIndicator.planCompletion.rawValue, title: ProgramIndicator.planCompletion.title,
                definition: ProgramIndicator.planCompletion.definition, value: plans.text, number: plans.percent,
                counts: "задач: \(plans.countsText)"),
            IndicatorCard(
                key: ProgramIndicator.terminated.rawValue, title: ProgramIndicator.terminated.title,
                definition: ProgramIndicator.terminated.definition, value: String(stopped), number: Double(stopped),
                counts: reasons.isEmpty ? nil : reasons.joined(separator: "; ")),
            IndicatorCard(
                key: ProgramIndicator.daysToPair.rawValue, title: ProgramIndicator.daysToPair.title,
                definition: ProgramIndicator.daysToPair.definition,
                value: daysToPair.mean.map { String(Int($0.rounded())) } ?? "нет данных", number: daysToPair.mean,
                counts: "пар: \(daysToPair.count)"),
        ]
    }
}
