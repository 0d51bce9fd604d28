import Documents
import Foundation
import MentoringCore

extension DocumentKind {
    /// The fields and blocks a template of this kind may use, the organization's letterhead among them.
    var schema: TemplateSchema {
        var schema =
            switch self {
            case .order: OrderDocument.schema
            case .regulation: RegulationDocument.schema
            case .mentorConsent, .mentorAgreement: MentorPapers.schema
            case .partnerAgreement: PartnerAgreementDocument.schema
            case .rewardDiploma: RewardDiplomaDocument.schema
            case .trainingCertificate: TrainingCertificateDocument.schema
            case .contestResults: ContestResultsDocument.schema
            case .contestDiploma: ContestDiplomaDocument.schema
            }
        schema.fields.insert(DocxTemplate.letterheadField, at: 0)
        return schema
    }

    /// The template Nastavnik ships, in the official style.
    var builtIn: Data {
        get throws {
            switch self {
            case .order: try OrderDocument.builtInTemplate
            case .regulation: try RegulationDocument.builtInTemplate
            case .mentorConsent: try MentorPapers.builtInConsent
            case .mentorAgreement: try MentorPapers.builtInAgreement
            case .partnerAgreement: try PartnerAgreementDocument.builtInTemplate
            case .rewardDiploma: try RewardDiplomaDocument.builtInTemplate
            case .trainingCertificate: try TrainingCertificateDocument.builtInTemplate
            case .contestResults: try ContestResultsDocument.builtInTemplate
            case .contestDiploma: try ContestDiplomaDocument.builtInTemplate
            }
        }
    }
}
