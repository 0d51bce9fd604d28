import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit

extension ProgramMonitoring {
    /// Entry and exit measurements of the program's named monitoring answers, paired per person.
    func impact(
        _ programID: UUID
    ) async throws
        -> (summaries: [ImpactSummary], parameters: [String: String], exitWithoutEntry: Int, waiting: Int)
    {
        let surveys = try await SurveyModel.query(on: scope.db).filter(\.$program.$id == programID).filter(
            \.$measurement != nil
        ).with(\.$template).all()
        guard !surveys.isEmpty else { return ([], [:], 0, 0) }
        // A template's questionnaire is decoded from its JSON on every read: once per survey, not per response.
        let decoded = surveys.map { (survey: $0, questionnaire: $0.template.questionnaire) }
        var parameters: [String: String] = [:]
        var order: [String] = []
        for (_, questionnaire) in decoded {
            for question in questionnaire.scaleQuestions where parameters[question.id] == nil {
                parameters[question.id] = question.text
                order.append(question.id)
            }
        }
        let responses = try await SurveyResponseModel.query(on: scope.db).filter(
            \.$survey.$id ~~ surveys.map { try $0.requireID() }
        )
        .filter(\.$person.$id != nil).sort(\.$submittedAt).all()
        let groups = try await participantGroups(programID)
        let byID = Dictionary(uniqueKeysWithValues: try decoded.map { ((try $0.survey.requireID()), $0) })
        var records: [UUID: ImpactRecord] = [:]
        for response in responses {
            guard let person = response.$person.id, let (survey, questionnaire) = byID[response.$survey.id],
                let measurement = survey.measurement
            else { continue }
            let marks = questionnaire.scaleMarks(in: response.answers)
            var record =
                records[person]
                ?? ImpactRecord(
                    participant: person.uuidString, group: groups[person] ?? "Прочие участники", entry: nil, exit: nil)
            switch measurement {
            case .entry: if record.entry == nil { record.entry = marks }
            case .exit: record.exit = marks
            }
            records[person] = record
        }
        let summary = ImpactSummary.summarize(Array(records.values), parameters: order)
        return (summary.summaries, parameters, summary.exitWithoutEntry, summary.waitingForExit)
    }

    /// «Наставляемые: Педагог – педагог», «Наставники» — what impact is aggregated by. Reads the two columns it needs,
    /// not the profiles.
    private func participantGroups(_ programID: UUID) async throws -> [UUID: String] {
        var groups: [UUID: String] = [:]
        let sql = scope.db.sql
        for row in try await sql.select().column("person_id").from(MentorProfileModel.schema)
            .where("program_id", .equal, programID).all()
        {
            groups[try row.decode(column: "person_id", as: UUID.self)] = "Наставники"
        }
        for row in try await sql.select().columns("person_id", "form").from(MenteeProfileModel.schema)
            .where("program_id", .equal, programID).all()
        {
            let row = ColumnReader(row)
            groups[try row.decode(column: "person_id", as: UUID.self)] =
                "Наставляемые: " + (try row.value("form", as: MentoringForm.self)).title
        }
        return groups
    }
}
