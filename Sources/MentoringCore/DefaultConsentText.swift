import Foundation

/// Starting texts of the consents, which an organization edits before people sign them.
/// Each signed version is kept verbatim with its hash, so changing this text never rewrites a signed consent.
public enum DefaultConsentText {
    public static func purpose(_ kind: Consent.Kind) -> String {
        return switch kind {
        case .personalData:
            "Организация и сопровождение программы наставничества, учёт участников и мониторинг её результатов"
        case .participation: "Участие в программе наставничества образовательной организации"
        case .publication: "Размещение сведений об участии в программе наставничества на официальном сайте организации"
        }
    }

    public static func body(_ kind: Consent.Kind, organization name: String) -> String {
        // «МБОУ «Школа № 5»» reads badly: a name that has its own quotes goes without more.
        let organization = name.contains("«") ? name : "«\(name)»"
        return switch kind {
        case .personalData:
            """
            В соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» \
            даю согласие организации \(organization) на обработку персональных данных (фамилия, имя, отчество, \
            дата рождения, сведения об обучении или работе, контактные данные) в целях организации программы \
            наставничества. Согласие действует до достижения цели обработки и может быть отозвано письменным заявлением.
            """
        case .participation:
            """
            Даю согласие на участие в программе наставничества организации \(organization), \
            включая анкетирование, формирование пар и групп, встречи и мониторинг. \
            Согласие может быть отозвано письменным заявлением.
            """
        case .publication:
            """
            Даю согласие организации \(organization) на размещение на её официальном сайте \
            сведений об участии в программе наставничества (фамилия, имя, фотографии, достижения). \
            Согласие может быть отозвано письменным заявлением.
            """
        }
    }
}
