import FluentKit
import Foundation
import MentoringCore

/// Monitoring needs two things the first surveys did not keep: whether a monitoring survey is the entry or the exit
/// measurement, and each answer's overall mark as a number, so that satisfaction is counted by SQL, not by reading
/// every answer's JSON. Answers given before this migration get their mark here.
package struct UpdateSurveyAddMeasurement: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("surveys").field("measurement", .string).update()
        try await database.schema("survey_responses").field("overall", .int).update()
        try await database.schema("survey_responses").field("overall_max", .int).update()
        let surveys = try await SurveyModel.query(on: database).with(\.$template).all()
        for survey in surveys {
            let questionnaire = survey.template.questionnaire
            for response in try await SurveyResponseModel.query(on: database).filter(\.$survey.$id == survey.id!).all()
            {
                guard let mark = questionnaire.overallMark(in: response.answers) else { continue }
                response.overall = mark.mark
                response.overallMax = mark.scaleMax
                try await response.save(on: database)
            }
        }
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("survey_responses").deleteField("overall_max").update()
        try await database.schema("survey_responses").deleteField("overall").update()
        try await database.schema("surveys").deleteField("measurement").update()
    }
}
