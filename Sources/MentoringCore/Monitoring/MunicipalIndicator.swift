import Foundation

/// The indicators a municipality reports on the target model, each a share in per cent with a yearly target.
public enum MunicipalIndicator: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable {
    case menteeChildren = "mentee_children"
    case mentorChildren = "mentor_children"
    case youngSpecialists = "young_specialists"
    case menteeSatisfaction = "mentee_satisfaction"
    case mentorSatisfaction = "mentor_satisfaction"

    public var title: String {
        switch self {
        case .menteeChildren: "Доля детей 10–19 лет, вовлечённых в программы наставничества в роли наставляемого"
        case .mentorChildren: "Доля детей 15–19 лет, вовлечённых в программы наставничества в роли наставника"
        case .youngSpecialists:
            "Доля молодых специалистов-педагогов, вошедших в программы наставничества в роли наставляемого"
        case .menteeSatisfaction: "Уровень удовлетворённости наставляемых участием в программах наставничества"
        case .mentorSatisfaction: "Уровень удовлетворённости наставников участием в программах наставничества"
        }
    }

    /// A short name for cards and table columns.
    public var shortTitle: String {
        switch self {
        case .menteeChildren: "Дети 10–19 лет — наставляемые"
        case .mentorChildren: "Дети 15–19 лет — наставники"
        case .youngSpecialists: "Молодые специалисты — наставляемые"
        case .menteeSatisfaction: "Удовлетворённость наставляемых"
        case .mentorSatisfaction: "Удовлетворённость наставников"
        }
    }

    /// The formula in words, shown beside every value so that nobody has to trust a figure they cannot recompute.
    public var definition: String {
        switch self {
        case .menteeChildren:
            "Число участников в возрасте 10–19 лет на отчётную дату, которые в этом году были наставляемыми в работающих или завершённых парах, "
                + "÷ число детей 10–19 лет, проживающих на территории (вносит орган управления) × 100 %."
        case .mentorChildren:
            "Число участников в возрасте 15–19 лет на отчётную дату, которые в этом году были наставниками в работающих или завершённых парах, "
                + "÷ число детей 15–19 лет, проживающих на территории (вносит орган управления) × 100 %."
        case .youngSpecialists:
            "Число молодых специалистов, которые в этом году были наставляемыми в работающих или завершённых парах, "
                + "÷ число молодых специалистов-педагогов территории (вносит орган управления) × 100 %."
        case .menteeSatisfaction:
            "Число ответов наставляемых на анкету удовлетворённости за год с общей оценкой не ниже порога (по умолчанию 4 из 5, 7 из 10) "
                + "÷ число всех ответов наставляемых на эту анкету × 100 %."
        case .mentorSatisfaction:
            "Число ответов наставников на анкету удовлетворённости за год с общей оценкой не ниже порога (по умолчанию 4 из 5, 7 из 10) "
                + "÷ число всех ответов наставников на эту анкету × 100 %."
        }
    }

    /// What the denominator is, when the authority enters it; `nil` when it comes from the answers themselves.
    public var denominatorTitle: String? {
        switch self {
        case .menteeChildren: "Детей 10–19 лет на территории"
        case .mentorChildren: "Детей 15–19 лет на территории"
        case .youngSpecialists: "Молодых специалистов-педагогов на территории"
        case .menteeSatisfaction, .mentorSatisfaction: nil
        }
    }

    public var isSatisfaction: Bool { self == .menteeSatisfaction || self == .mentorSatisfaction }

    /// Targets of three consecutive years, as one real municipal regulation set them; the last one holds afterwards.
    public var defaultTargets: [Double] {
        switch self {
        case .menteeChildren: [35, 50, 70]
        case .mentorChildren: [2, 6, 10]
        case .youngSpecialists: [50, 70, 90]
        case .menteeSatisfaction, .mentorSatisfaction: [65, 75, 85]
        }
    }

    /// The default target of the `index`-th year of the programme (0 for the first year figures were entered).
    public func defaultTarget(yearIndex index: Int) -> Double {
        defaultTargets[min(max(index, 0), defaultTargets.count - 1)]
    }
}
