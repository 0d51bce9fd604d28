import Foundation

/// How a mentor is rewarded (stage 7 of the roadmap): the organization's own letter of thanks or diploma, given by its
/// order; or a petition by the organization's order to the education authority, to the Ministry (its departmental
/// badges) or for the state award, which those bodies give.
public enum RewardKind: String, CaseIterable, Codable, Sendable {
    case organizationThanks = "organization_thanks"
    case organizationDiploma = "organization_diploma"
    case authorityThanks = "authority_thanks"
    case authorityDiploma = "authority_diploma"
    case honoraryMentor = "honorary_mentor"
    case youthAndProfessionalism = "youth_and_professionalism"
    case stateAward = "state_award"

    public var title: String {
        switch self {
        case .organizationThanks: "Благодарственное письмо организации"
        case .organizationDiploma: "Почётная грамота организации"
        case .authorityThanks: "Благодарственное письмо органа управления образованием"
        case .authorityDiploma: "Почётная грамота органа управления образованием"
        case .honoraryMentor: "Нагрудный знак «Почётный наставник» (Минпросвещения России)"
        case .youthAndProfessionalism: "Нагрудный знак «Молодость и профессионализм» (Минпросвещения России)"
        case .stateAward: "Знак отличия «За наставничество» (государственная награда)"
        }
    }

    /// Given by the organization itself, and printed by it as a letter or a diploma.
    public var isOwn: Bool { self == .organizationThanks || self == .organizationDiploma }

    /// A letter of thanks, not a diploma.
    public var isThanks: Bool { self == .organizationThanks || self == .authorityThanks }

    /// The heading of the printed letter or diploma.
    public var heading: String { isThanks ? "БЛАГОДАРСТВЕННОЕ ПИСЬМО" : "ПОЧЁТНАЯ ГРАМОТА" }

    /// The first point of the order, for the mentors listed in its appendix.
    public func orderPoint(program: String) -> String {
        let merit = "за результаты наставнической деятельности в программе «\(program)»"
        return switch self {
        case .organizationThanks: "Объявить благодарность наставникам согласно приложению \(merit)."
        case .organizationDiploma: "Наградить почётной грамотой наставников согласно приложению \(merit)."
        case .authorityThanks, .authorityDiploma:
            "Ходатайствовать перед органом управления образованием о награждении наставников согласно приложению "
                + "(\(title.lowercased())) \(merit)."
        case .honoraryMentor, .youthAndProfessionalism:
            "Подготовить представление к ведомственной награде Министерства просвещения Российской Федерации "
                + "(\(title)) наставников согласно приложению \(merit)."
        case .stateAward:
            "Подготовить представление к награждению знаком отличия «За наставничество» наставников согласно "
                + "приложению \(merit)."
        }
    }

    /// What the mentor's record must show: completed pairs or groups, and years of mentoring. The state award is
    /// for personal merit as a mentor over at least five years (Указ Президента РФ от 02.03.2018 № 94); the others
    /// ask for mentoring brought to its end at least once, and a higher reward for an earlier one.
    public var condition: RewardCondition {
        switch self {
        case .organizationThanks, .organizationDiploma: RewardCondition(completed: 1)
        case .authorityThanks, .authorityDiploma: RewardCondition(completed: 1, earlierRewards: 1)
        case .honoraryMentor, .youthAndProfessionalism: RewardCondition(completed: 2, earlierRewards: 1)
        case .stateAward: RewardCondition(completed: 2, years: 5, earlierRewards: 1)
        }
    }
}

/// The conditions a kind of reward states, checked against a mentor's record.
public struct RewardCondition: Equatable, Sendable {
    public var completed: Int
    public var years: Int
    public var earlierRewards: Int

    public init(completed: Int, years: Int = 0, earlierRewards: Int = 0) {
        (self.completed, self.years, self.earlierRewards) = (completed, years, earlierRewards)
    }

    /// What the record lacks, in Russian; nil when it meets the conditions.
    public func shortfall(_ record: MentorRecord) -> String? {
        var missing: [String] = []
        if record.completed < completed {
            missing.append("завершённых пар или групп \(record.completed) из \(completed)")
        }
        if record.years < years { missing.append("стаж наставничества \(record.years) из \(years) лет") }
        if record.rewards.count < earlierRewards { missing.append("нет более раннего поощрения") }
        return missing.isEmpty ? nil : missing.joined(separator: "; ")
    }
}
