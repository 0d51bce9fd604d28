import Foundation
import MentoringCore

/// Pre-filled consent forms for a class or a program: for each person the consent to the processing of personal
/// data and the consent to take part, each a document of its own on its own pages (152-ФЗ, art. 9 p. 1 requires the
/// personal-data consent as a separate document since 1 September 2025). A minor's forms are a legal
/// representative's, with the child's and the representative's details.
public struct ConsentFormsDocument: Sendable {
    /// One form: who signs, about whom, and the organization's text of that kind.
    public struct Form: Sendable {
        public var kind: Consent.Kind
        public var personName: String
        public var birthDate: CalendarDate?
        public var grade: String?
        /// Set for a minor: the representative who signs, and how they are related («мать», «опекун»).
        public var representative: (name: String, relation: String)?
        public var purpose: String
        public var body: String

        public init(
            kind: Consent.Kind, personName: String, birthDate: CalendarDate?, grade: String?,
            representative: (name: String, relation: String)?, purpose: String, body: String
        ) {
            self.kind = kind
            self.personName = personName
            self.birthDate = birthDate
            self.grade = grade
            self.representative = representative
            self.purpose = purpose
            self.body = body
        }
    }

    public var organization: String
    public var address: String?
    public var forms: [Form]

    public init(organization: String, address: String?, forms: [Form]) {
        self.organization = organization
        self.address = address
        self.forms = forms
    }

    /// The data a mentoring program processes, as the personal-data form lists them.
    public static let dataList =
        "фамилия, имя, отчество; дата рождения; класс (группа) или должность; сведения об "
        + "участии в программе наставничества (анкеты, пары и группы, встречи, результаты); телефон и адрес "
        + "электронной почты"

    public static let withdrawal =
        "Согласие может быть отозвано в любой момент письменным заявлением, поданным в "
        + "организацию, или в электронном виде, если организация это предусмотрела. После отзыва обработка "
        + "прекращается, "
        + "а данные обезличиваются в срок не более 30 дней (ч. 5 ст. 21 Федерального закона № 152-ФЗ)."

    public var word: WordDocument {
        var blocks: [WordDocument.Block] = []
        for (index, form) in forms.enumerated() {
            if index > 0 { blocks.append(.pageBreak) }
            blocks += self.blocks(form)
        }
        return WordDocument(blocks: blocks)
    }

    func title(_ form: Form) -> String {
        let minor = form.representative != nil
        switch form.kind {
        case .personalData:
            return minor
                ? "СОГЛАСИЕ ЗАКОННОГО ПРЕДСТАВИТЕЛЯ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ НЕСОВЕРШЕННОЛЕТНЕГО"
                : "СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ"
        case .participation:
            return minor
                ? "СОГЛАСИЕ ЗАКОННОГО ПРЕДСТАВИТЕЛЯ НА УЧАСТИЕ НЕСОВЕРШЕННОЛЕТНЕГО В ПРОГРАММЕ НАСТАВНИЧЕСТВА"
                : "СОГЛАСИЕ НА УЧАСТИЕ В ПРОГРАММЕ НАСТАВНИЧЕСТВА"
        case .publication:
            return "СОГЛАСИЕ НА РАЗМЕЩЕНИЕ СВЕДЕНИЙ НА ОФИЦИАЛЬНОМ САЙТЕ"
        }
    }

    func subject(_ form: Form) -> String {
        let born = form.birthDate.map { ", \($0.russian) года рождения" } ?? ""
        let grade = form.grade.map { ", обучающегося(-ейся) \($0) класса" } ?? ""
        if let representative = form.representative {
            return "Я, \(representative.name), паспорт серия ______ № ____________, выдан "
                + "________________________________, являясь законным представителем (\(representative.relation)) "
                + "несовершеннолетнего(-ей) \(form.personName)\(born)\(grade),"
        }
        return "Я, \(form.personName)\(born), паспорт серия ______ № ____________, выдан "
            + "________________________________,"
    }

    func blocks(_ form: Form) -> [WordDocument.Block] {
        var blocks: [WordDocument.Block] = [
            .paragraph(.init(organization, alignment: .right, size: 11))
        ]
        if let address, !address.isEmpty { blocks.append(.paragraph(.init(address, alignment: .right, size: 10))) }
        blocks += [
            .paragraph(.init("")),
            .paragraph(.init(title(form), bold: true, alignment: .center)),
            .paragraph(.init("")),
            .paragraph(.init(subject(form), alignment: .both)),
            .paragraph(.init(form.body, alignment: .both)),
            .paragraph(.init("Оператор: \(organization)" + (address.map { ", \($0)" } ?? "") + ".", alignment: .both)),
            .paragraph(.init("Цель: \(form.purpose).", alignment: .both)),
        ]
        if form.kind == .personalData {
            blocks.append(.paragraph(.init("Перечень персональных данных: \(Self.dataList).", alignment: .both)))
            blocks.append(
                .paragraph(
                    .init(
                        "Действия с данными: сбор, запись, систематизация, хранение, уточнение, "
                            + "использование, обезличивание, удаление, уничтожение.", alignment: .both)))
        }
        blocks += [
            .paragraph(.init("Срок действия: до достижения цели или до отзыва согласия.", alignment: .both)),
            .paragraph(.init("Порядок отзыва: \(Self.withdrawal)", alignment: .both)),
            .paragraph(.init("")),
            .paragraph(.init("«____» ______________ 20____ г.        ______________ / ______________________")),
            .paragraph(
                .init("                                                   (подпись)             (расшифровка)", size: 9)
            ),
        ]
        return blocks
    }
}
