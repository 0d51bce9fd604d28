import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension DemoLoader {
    /// What monitoring needs to show something real: the municipality's figures for this year and the last, the school
    /// program's satisfaction surveys answered, and the impact questionnaire answered on entry by everyone in a pair
    /// and on exit by the first pairs. Made through the same services as the pages.
    func demoMonitoring(_ municipality: MunicipalityModel, school: OrganizationModel) async throws {
        let service = MunicipalMonitoring(scope: scope)
        let year = scope.today.year
        for (offset, figures) in [(1, ("1180", "410", "12")), (0, ("1215", "430", "14"))] {
            let defaults = MunicipalFigures.defaults(year: year - offset, firstYear: year - 1)
            _ = try await service.saveFigures(
                of: try municipality.requireID(), year: year - offset,
                input: MunicipalFiguresInput(
                    children10to19: figures.0, children15to19: figures.1, youngSpecialists: figures.2,
                    targets: Dictionary(
                        uniqueKeysWithValues: defaults.targets.map { ($0.key.rawValue, String(Int($0.value))) })))
        }
        guard
            let program = try await ProgramModel.query(on: scope.db).filter(
                \.$organization.$id == (try school.requireID())
            ).first()
        else { return }
        let surveys = SurveyService(scope: scope)
        let templates = try await surveys.templates(for: try school.requireID())
        func send(
            _ questionnaire: Questionnaire, to audience: SurveyAudience, measurement: ImpactMeasurement? = nil
        ) async throws -> [SurveyInvitationModel] {
            guard let template = templates.first(where: { $0.key == questionnaire.key }) else { return [] }
            let survey = try await surveys.create(
                in: try program.requireID(),
                input: SurveyInput(
                    template: (try template.requireID()).uuidString,
                    title: measurement.map { "\(questionnaire.title): \($0.title.lowercased())" },
                    audience: audience.rawValue,
                    closesOn: scope.today.adding(days: 14).description, measurement: measurement?.rawValue,
                    leaveOut: "true"))
            let invitations = try await SurveyInvitationModel.query(on: scope.db)
                .filter(\.$survey.$id == (try survey.requireID())).all()
            return try await inNameOrder(invitations) { $0.$person.id }
        }
        let answers = AnswerService(db: scope.db, clock: scope.clock, requestID: scope.requestID)
        // `try?`: a participant whose consent has lapsed cannot answer — the same refusal the answer page gives.
        let marks = ["9", "8", "10", "6", "7", "9", "5", "8"]
        for (index, invitation) in try await send(.satisfactionMentee, to: .programMentees).prefix(8).enumerated() {
            let mark = marks[index % marks.count]
            _ = try? await answers.submit(
                invitation.token, raw: ["overall": [mark], "mentor": [mark], "meetings": ["8"], "expectations": ["7"]])
        }
        for (index, invitation) in try await send(.satisfactionMentor, to: .programMentors).prefix(6).enumerated() {
            let mark = marks[(index + 3) % marks.count]
            _ = try? await answers.submit(
                invitation.token,
                raw: ["overall": [mark], "mentee_progress": ["7"], "support": ["8"], "own_growth": [mark]])
        }
        let pairs = try await MentorshipModel.read(
            programs: [(try program.requireID())], statuses: [.active], on: scope.db)
        let paired = try await MenteeProfileModel.query(on: scope.db).filter(
            \.$id ~~ pairs.flatMap { $0.mentees.map { $0.$mentee.id } }
        ).all()
        let people = Set(paired.map { $0.$person.id })
        for (measurement, shift) in [(ImpactMeasurement.entry, 0), (.exit, 2)] {
            let invitations = try await send(.monitoring, to: .programMentees, measurement: measurement).filter {
                people.contains($0.$person.id)
            }
            for (index, invitation) in invitations.enumerated() where measurement == .entry || index < 2 {
                func mark(_ base: Int) -> [String] { [String(min(10, base + shift + index % 2))] }
                _ = try? await answers.submit(
                    invitation.token,
                    raw: [
                        "motivation": mark(6), "confidence": mark(5), "adaptation": mark(6),
                        "communication": mark(7), "become_mentor": mark(3),
                    ])
            }
        }
    }
}
