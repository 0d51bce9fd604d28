import Foundation

/// An order (приказ) of the head: what it decides, and what signing it moves forward.
public enum OrderKind: String, CaseIterable, Codable, Sendable {
    case introduceModel = "introduce_model"
    case approveRegulation = "approve_regulation"
    case appointCurator = "appoint_curator"
    case mentorRegistry = "mentor_registry"
    case fixMentorships = "fix_mentorships"
    case changeMentorships = "change_mentorships"
    case rewardMentors = "reward_mentors"

    public var title: String {
        switch self {
        case .introduceModel: "О внедрении целевой модели наставничества, утверждении положения и дорожной карты"
        case .approveRegulation:
            "Об утверждении Положения о системе наставничества педагогических работников и обучающихся и дорожной карты"
        case .appointCurator: "О назначении куратора внедрения целевой модели наставничества"
        case .mentorRegistry: "Об утверждении реестра наставников"
        case .fixMentorships: "О закреплении наставнических пар (групп)"
        case .changeMentorships: "Об изменении и прекращении наставнических пар (групп)"
        case .rewardMentors: "О поощрении наставников"
        }
    }

    /// Orders with an appendix table of pairs.
    public var listsMentorships: Bool { self == .fixMentorships || self == .changeMentorships }

    /// Orders of the whole organization, not of one program.
    public var needsProgram: Bool { self != .introduceModel && self != .approveRegulation }

    /// Signing the order approves the regulation as it stands.
    public var approvesRegulation: Bool { self == .introduceModel || self == .approveRegulation }

    /// The grounds paragraph: the federal acts every order of the model cites, then the organization's regulation.
    public static let federalGrounds = """
        В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», \
        распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии \
        (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по \
        общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования, \
        в том числе с применением лучших практик обмена опытом между обучающимися», Положением о системе наставничества \
        педагогических работников и обучающихся
        """

    /// The operative points as the order prints them; `program` and `curator` fill the blanks the curator would type.
    /// The last point of every order.
    public static let controlPoint = "Контроль за исполнением приказа оставляю за собой."

    public func defaultPoints(program: String, period: String, curator: String) -> [String] {
        switch self {
        case .introduceModel:
            [
                "Внедрить целевую модель наставничества в организации на период \(period).",
                "Утвердить Положение о системе наставничества педагогических работников и обучающихся (приложение 1).",
                "Утвердить дорожную карту внедрения целевой модели наставничества (приложение 2).",
                Self.controlPoint,
            ]
        case .approveRegulation:
            [
                "Утвердить Положение о системе наставничества педагогических работников и обучающихся (приложение 1).",
                "Утвердить дорожную карту внедрения целевой модели наставничества (приложение 2).",
                "Разместить Положение на официальном сайте организации в разделе «Целевая модель наставничества».",
                Self.controlPoint,
            ]
        case .appointCurator:
            [
                "Назначить куратором внедрения целевой модели наставничества \(curator).",
                "Куратору обеспечить формирование баз наставников и наставляемых, мониторинг программы «\(program)».",
                Self.controlPoint,
            ]
        case .mentorRegistry:
            [
                "Утвердить реестр наставников программы «\(program)» на период \(period) (приложение).",
                "Куратору ознакомить наставников с настоящим приказом.",
                Self.controlPoint,
            ]
        case .fixMentorships:
            [
                "Закрепить наставнические пары (группы) программы «\(program)» на период \(period) согласно приложению.",
                "Наставникам в течение двух недель составить с наставляемыми персонализированные программы наставничества.",
                "Куратору обеспечить мониторинг работы пар (групп).",
                Self.controlPoint,
            ]
        case .changeMentorships:
            [
                "Внести изменения в состав наставнических пар (групп) программы «\(program)» согласно приложению.",
                "Куратору обеспечить повторный подбор наставников для наставляемых, оставшихся без пары.",
                Self.controlPoint,
            ]
        case .rewardMentors: [RewardKind.organizationThanks.orderPoint(program: program), Self.controlPoint]
        }
    }
}

public enum OrderStatus: String, CaseIterable, Codable, Sendable {
    case draft
    case signed

    public var title: String { self == .draft ? "Проект" : "Подписан" }
}

/// The number and date a signed order gets.
public struct OrderSignature: Equatable, Sendable {
    public var number: String
    public var date: CalendarDate

    /// A number like «123», «45-о», «12/од»; the date is not in the future.
    public static func validated(
        number: String?, date: String?, today: CalendarDate
    ) throws(ValidationFailure) -> OrderSignature {
        var reader = FieldReader()
        let number = reader.required("number", number, message: "Укажите номер приказа.", maxLength: 30)
        if !number.isEmpty, !number.contains(where: \.isNumber) {
            reader.failure.add("number", "В номере приказа должна быть цифра.")
        }
        let day = reader.date("date", date, required: true)
        if let day, today < day { reader.failure.add("date", "Приказ не может быть подписан позже сегодняшнего дня.") }
        try reader.failure.throwIfAny()
        return OrderSignature(number: number, date: day!)
    }
}

extension OrderKind {
    /// Stems a roadmap activity names when this order is what it must produce.
    var roadmapStems: [String] {
        switch self {
        case .introduceModel: ["внедрен", "положени"]
        case .approveRegulation: ["утвержд", "положени"]
        case .appointCurator: ["куратор"]
        case .mentorRegistry: ["реестр", "наставник"]
        case .fixMentorships: ["закреплен", "пар"]
        case .changeMentorships: ["изменен", "пар"]
        case .rewardMentors: ["поощрен", "наград"]
        }
    }

    /// Whether a roadmap activity whose deliverable is an order is the one this order fulfils.
    public func fulfils(activityTitle: String, deliverable: String?) -> Bool {
        let text = (activityTitle + " " + (deliverable ?? "")).lowercased()
        return text.contains("приказ") && roadmapStems.allSatisfy { text.contains($0) }
    }
}
