import FluentKit
import Foundation
import MentoringCore

/// The built-in questionnaire templates as of this migration. A later wording is a new version in a new migration,
/// so surveys already sent keep the version they were answered with.
package struct SeedBuiltInQuestionnaires: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        for questionnaire in Questionnaire.builtIn {
            try await QuestionnaireTemplateModel(questionnaire, organizationID: nil, at: Date()).create(on: database)
        }
    }

    package func revert(on database: any Database) async throws {
        try await QuestionnaireTemplateModel.query(on: database).filter(\.$organization.$id == nil).delete()
    }
}
