import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit

extension ProgramMonitoring {
    /// One value per month for the cards that have a history, each series one grouped query with a column per month.
    func series(
        _ programID: UUID, months: [Month], threshold: SatisfactionThreshold
    ) async throws -> [String: [Double?]] {
        guard !months.isEmpty else { return [:] }
        let instants = months.map {
            (
                MeetingClock.moment($0.first, hour: 0, minute: 0)!,
                MeetingClock.moment($0.next.first, hour: 0, minute: 0)!
            )
        }
        func columns(_ prefix: String, _ expression: (Int) -> SQLQueryString) -> SQLQueryString {
            months.indices.map { "SUM(\(expression($0))) AS \(ident: "\(prefix)\($0)")" as SQLQueryString }.joined(
                separator: ", ")
        }
        func read(_ row: (any SQLRow)?, _ prefix: String) throws -> [Double] {
            // A sum of integers is an integer on PostgreSQL and may be one on SQLite; a sum of ratings is a double.
            try months.indices.map { index in
                let column = "\(prefix)\(index)"
                guard let row else { return 0 }
                if let number = try? row.decode(column: column, as: Double.self) { return number }
                return Double(try row.decode(column: column, as: Int?.self) ?? 0)
            }
        }
        let since = "COALESCE(m.active_since, m.starts_on, '9999-12-31')"
        let pairs = try await sql.raw(
            """
            SELECT \(columns("f") { i -> SQLQueryString in "CASE WHEN m.status IN (\(in: [MentorshipStatus.fixed, .active, .completed])) AND \(unsafeRaw: since) <= \(bind: months[i].last.description) THEN 1 ELSE 0 END" }),
                   \(columns("w") { i -> SQLQueryString in "CASE WHEN m.status IN (\(in: [MentorshipStatus.active, .completed, .terminated])) AND \(unsafeRaw: since) <= \(bind: months[i].last.description) AND (m.closed_on IS NULL OR m.closed_on >= \(bind: months[i].first.description)) THEN 1 ELSE 0 END" }),
                   \(columns("t") { i -> SQLQueryString in "CASE WHEN m.status = \(is: MentorshipStatus.terminated) AND m.closed_on <= \(bind: months[i].last.description) THEN 1 ELSE 0 END" })
            FROM mentorships m WHERE m.program_id = \(bind: programID)
            """
        ).first()
        let meetings = try await sql.raw(
            """
            SELECT \(columns("h") { i -> SQLQueryString in "CASE WHEN mt.starts_at >= \(bind: instants[i].0) AND mt.starts_at < \(bind: instants[i].1) THEN 1 ELSE 0 END" })
            FROM meetings mt JOIN mentorships m ON m.id = mt.mentorship_id WHERE m.program_id = \(bind: programID) AND mt.status = \(is: MeetingStatus.held)
            """
        ).first()
        func feedback(_ role: Role) async throws -> (sums: [Double], counts: [Double]) {
            let row = try await sql.raw(
                """
                SELECT \(columns("s") { i -> SQLQueryString in "CASE WHEN f.answered_at >= \(bind: instants[i].0) AND f.answered_at < \(bind: instants[i].1) THEN f.rating ELSE 0 END" }),
                       \(columns("n") { i -> SQLQueryString in "CASE WHEN f.answered_at >= \(bind: instants[i].0) AND f.answered_at < \(bind: instants[i].1) THEN 1 ELSE 0 END" })
                FROM meeting_feedback f JOIN mentorships m ON m.id = f.mentorship_id
                WHERE m.program_id = \(bind: programID) AND f.rating IS NOT NULL AND f.role = \(bind: role.rawValue)
                """
            ).first()
            return (try read(row, "s"), try read(row, "n"))
        }
        func satisfaction(_ key: String) async throws -> (satisfied: [Double], counts: [Double]) {
            let satisfied = IndicatorQueries.satisfied(threshold)
            let row = try await sql.raw(
                """
                SELECT \(columns("s") { i -> SQLQueryString in "CASE WHEN r.submitted_at >= \(bind: instants[i].0) AND r.submitted_at < \(bind: instants[i].1) AND \(satisfied) THEN 1 ELSE 0 END" }),
                       \(columns("n") { i -> SQLQueryString in "CASE WHEN r.submitted_at >= \(bind: instants[i].0) AND r.submitted_at < \(bind: instants[i].1) THEN 1 ELSE 0 END" })
                FROM survey_responses r JOIN surveys s ON s.id = r.survey_id JOIN questionnaire_templates t ON t.id = s.template_id
                WHERE s.program_id = \(bind: programID) AND t.key = \(bind: key) AND r.overall IS NOT NULL
                """
            ).first()
            return (try read(row, "s"), try read(row, "n"))
        }
        func ratio(_ top: [Double], _ bottom: [Double], scale: Double = 1) -> [Double?] {
            zip(top, bottom).map { $1 > 0 ? $0 * scale / $1 : nil }
        }
        let formed = try read(pairs, "f")
        let working = try read(pairs, "w")
        let stopped = try read(pairs, "t")
        let held = try read(meetings, "h")
        let ofMentees = try await feedback(.mentee)
        let ofMentors = try await feedback(.mentor)
        let menteesSatisfied = try await satisfaction(SatisfactionSurvey.mentee)
        let mentorsSatisfied = try await satisfaction(SatisfactionSurvey.mentor)
        return [
            ProgramIndicator.pairsFormed.rawValue: formed.map { $0 },
            ProgramIndicator.terminated.rawValue: stopped.map { $0 },
            ProgramIndicator.meetingsPerPairMonth.rawValue: ratio(held, working),
            ProgramIndicator.feedbackOfMentees.rawValue: ratio(ofMentees.sums, ofMentees.counts),
            ProgramIndicator.feedbackOfMentors.rawValue: ratio(ofMentors.sums, ofMentors.counts),
            MunicipalIndicator.menteeSatisfaction.rawValue: ratio(
                menteesSatisfied.satisfied, menteesSatisfied.counts, scale: 100),
            MunicipalIndicator.mentorSatisfaction.rawValue: ratio(
                mentorsSatisfied.satisfied, mentorsSatisfied.counts, scale: 100),
        ]
    }

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
        var parameters: [String: String] = [:]
        var order: [String] = []
        for survey in surveys {
            for question in survey.template.questionnaire.scaleQuestions where parameters[question.id] == nil {
                parameters[question.id] = question.text
                order.append(question.id)
            }
        }
        let responses = try await SurveyResponseModel.query(on: scope.db).filter(
            \.$survey.$id ~~ surveys.map { $0.id! }
        )
        .filter(\.$person.$id != nil).sort(\.$submittedAt).all()
        let groups = try await participantGroups(programID)
        let byID = Dictionary(uniqueKeysWithValues: surveys.map { ($0.id!, $0) })
        var records: [UUID: ImpactRecord] = [:]
        for response in responses {
            guard let person = response.$person.id, let survey = byID[response.$survey.id],
                let measurement = survey.measurement
            else { continue }
            let marks = survey.template.questionnaire.scaleMarks(in: response.answers)
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

    /// «Наставляемые: Педагог – педагог», «Наставники» — what impact is aggregated by.
    private func participantGroups(_ programID: UUID) async throws -> [UUID: String] {
        var groups: [UUID: String] = [:]
        for profile in try await MentorProfileModel.query(on: scope.db).filter(\.$program.$id == programID).all() {
            groups[profile.$person.id] = "Наставники"
        }
        for profile in try await MenteeProfileModel.query(on: scope.db).filter(\.$program.$id == programID).all() {
            groups[profile.$person.id] =
                "Наставляемые: " + profile.form.title
        }
        return groups
    }
}
