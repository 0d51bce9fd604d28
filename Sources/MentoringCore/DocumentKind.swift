import Foundation

/// The documents an organization may draw from its own template instead of the built-in one.
public enum DocumentKind: String, CaseIterable, Codable, Sendable {
    case order
    case regulation
    case mentorConsent = "mentor_consent"
    case mentorAgreement = "mentor_agreement"
    case partnerAgreement = "partner_agreement"
    case rewardDiploma = "reward_diploma"
    case trainingCertificate = "training_certificate"
    case contestResults = "contest_results"
    case contestDiploma = "contest_diploma"

    public var title: String {
        switch self {
        case .order: "Приказ"
        case .regulation: "Положение о системе наставничества"
        case .mentorConsent: "Согласие наставника на наставничество"
        case .mentorAgreement: "Дополнительное соглашение с наставником"
        case .partnerAgreement: "Соглашение о сотрудничестве с партнёром"
        case .rewardDiploma: "Благодарственное письмо и почётная грамота наставнику"
        case .trainingCertificate: "Сертификат об обучении наставников"
        case .contestResults: "Приказ об итогах конкурса наставников"
        case .contestDiploma: "Диплом победителя или лауреата конкурса наставников"
        }
    }

    /// The file name a template of this kind downloads as.
    public var fileName: String {
        switch self {
        case .order: "Шаблон приказа.docx"
        case .regulation: "Шаблон положения.docx"
        case .mentorConsent: "Шаблон согласия наставника.docx"
        case .mentorAgreement: "Шаблон дополнительного соглашения.docx"
        case .partnerAgreement: "Шаблон соглашения с партнёром.docx"
        case .rewardDiploma: "Шаблон грамоты.docx"
        case .trainingCertificate: "Шаблон сертификата об обучении.docx"
        case .contestResults: "Шаблон приказа об итогах конкурса.docx"
        case .contestDiploma: "Шаблон диплома конкурса.docx"
        }
    }
}
