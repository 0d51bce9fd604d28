import Foundation
import MentoringCore

/// A mentor's papers for one pair or group (Labour Code art. 351.8): the written consent to mentoring and, for an
/// employee, the additional agreement to the employment contract — mentees, content, term, form and payment — each
/// from the organization's template of its kind or the built-in one.
public struct MentorPapers: Sendable {
    public var organization: String
    public var headPosition: String
    public var headName: String
    public var mentor: String
    public var mentorPosition: String
    /// Each mentee with a class or position, as the order lists them.
    public var mentees: [String]
    public var form: String
    public var content: String
    public var starts: CalendarDate?
    public var ends: CalendarDate?
    /// The order that fixed the pair, as «от 20.11.2026 № 15-о»; nil while there is none.
    public var order: String?
    public var agreement: MentorAgreement

    public init(
        organization: String, headPosition: String, headName: String, mentor: String, mentorPosition: String,
        mentees: [String], form: String, content: String, starts: CalendarDate?, ends: CalendarDate?, order: String?,
        agreement: MentorAgreement
    ) {
        self.organization = organization
        self.headPosition = headPosition
        self.headName = headName
        self.mentor = mentor
        self.mentorPosition = mentorPosition
        self.mentees = mentees
        self.form = form
        self.content = content
        self.starts = starts
        self.ends = ends
        self.order = order
        self.agreement = agreement
    }

    public static let schema = TemplateSchema(
        fields: [
            .init("организация.наименование", "Полное наименование организации"),
            .init("руководитель.должность", "Должность руководителя"), .init("руководитель.фио", "ФИО руководителя"),
            .init("наставник.фио", "ФИО наставника"), .init("наставник.должность", "Должность наставника или кто он"),
            .init("наставничество.форма", "Форма наставничества и индивидуальная или групповая"),
            .init("наставничество.содержание", "Содержание наставничества: ролевая модель, тема"),
            .init("срок.начало", "Начало срока, ДД.ММ.ГГГГ"), .init("срок.окончание", "Окончание срока, ДД.ММ.ГГГГ"),
            .init("приказ", "Приказ о закреплении: «от 20.11.2026 № 15-о»; бланк, если его ещё нет"),
            .init("оплата", "Выплата: «5 000,00 ₽ в месяц», «10 % должностного оклада в месяц»"),
            .init("соглашение.номер", "Номер дополнительного соглашения; бланк, если не присвоен"),
            .init("соглашение.дата", "Дата подписания соглашения; бланк, если не подписано"),
            .init("согласие.дата", "Дата подписания согласия; бланк, если не подписано"),
        ],
        sections: [
            .init("наставляемые", "Наставляемые", TemplateSchema(fields: [.init("фио", "ФИО, класс или должность")])),
            .init("работник", "Показывается, если наставник — работник организации", TemplateSchema(fields: [])),
            .init("не_работник", "Показывается, если наставник — не работник организации", TemplateSchema(fields: [])),
        ])

    public var scope: TemplateScope {
        var scope = TemplateScope()
        scope.set("организация.наименование", organization)
        scope.set("руководитель.должность", headPosition)
        scope.set("руководитель.фио", headName)
        scope.set("наставник.фио", mentor)
        scope.set("наставник.должность", mentorPosition)
        scope.set("наставничество.форма", form)
        scope.set("наставничество.содержание", content)
        scope.set("срок.начало", date: starts)
        scope.set("срок.окончание", date: ends)
        scope.set("приказ", order ?? "от \(TemplateScope.blankDate) № \(TemplateScope.blankNumber)")
        scope.set("оплата", agreement.payment.title)
        scope.set("соглашение.номер", number: agreement.agreementNumber)
        scope.set("соглашение.дата", date: agreement.agreementSignedOn)
        scope.set("согласие.дата", date: agreement.consentSignedOn)
        scope.set("наставляемые", items: mentees.map { TemplateScope(["фио": .text($0)]) })
        scope.set("работник", agreement.employee ? "да" : "")
        scope.set("не_работник", agreement.employee ? "" : "да")
        return scope
    }

    public func consent(template: DocxTemplate? = nil) throws -> Data {
        try (template ?? DocxTemplate(Self.builtInConsent)).filled(scope)
    }

    public func agreementDocument(template: DocxTemplate? = nil) throws -> Data {
        try (template ?? DocxTemplate(Self.builtInAgreement)).filled(scope)
    }
}
