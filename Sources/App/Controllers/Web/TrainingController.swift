import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The municipality's training plan on the pages: the coordinator plans courses and sessions, marks attendance and
/// issues certificates; an organization's curator registers its mentors and cites a course on the roadmap.
struct TrainingController: RouteCollection {
    struct PeopleForm: Content { var people: [String]? }
    struct AttendanceForm: Content { var attended: [String]? }
    struct EvidenceForm: Content { var activity: String? }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.trainings(.key)) { req in
            try await req.render(try await planPage(req, input: .init(), failure: nil))
        }
        routes.post(.trainings(.key), use: create)
        routes.get(.training(.key)) { req in
            try await req.render(try await trainingPage(req, input: nil, session: .init(), failure: nil))
        }
        routes.post(.training(.key), use: update)
        routes.post(.trainingSessions(.key), use: addSession)
        routes.post(.trainingAttendance(.key)) { req in
            let id = try req.id("trainingID")
            try await service(req).setAttendance(id, try req.content.decode(AttendanceForm.self).attended ?? [])
            return try await req.redirect(to: SiteURL.training(.id(id)).path, notice: "Посещение сохранено.")
        }
        routes.post(.trainingCertificates(.key)) { req in
            let id = try req.id("trainingID")
            let issued = try await service(req).issueCertificates(id)
            return try await req.redirect(
                to: SiteURL.training(.id(id)).path, notice: "Выдано сертификатов: \(issued).")
        }
        routes.get(.trainingCertificatesDocument(.key)) { req in
            let (data, name) = try await service(req).certificates(req.id("trainingID"))
            return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
        }
        routes.get(.organizationTrainings(.key)) { req in
            let (org, _, trainings, registered) = try await service(req).plan(forOrganization: req.id("organizationID"))
            let id = try org.requireID()
            let meta = req.pageMeta(
                "Обучение наставников", breadcrumbs: [Link(org.shortName, .organization(.id(id)))],
                scopeName: org.shortName)
            return try await req.view.render(
                "organizations/trainings",
                OrganizationTrainingsContext(
                    meta: meta,
                    trainings: try trainings.map {
                        let training = try $0.requireID()
                        return TrainingRow(
                            $0, url: .organizationTraining(organization: .id(id), training: .id(training)),
                            registered: registered[training] ?? 0)
                    }))
        }
        routes.get(.organizationTraining(organization: .key, training: .key)) { req in
            try await organizationPage(req, problem: nil)
        }
        routes.post(.organizationTraining(organization: .key, training: .key), use: register)
        routes.post(.organizationTrainingEvidence(organization: .key, training: .key)) { req in
            let (org, training) = (try req.id("organizationID"), try req.id("trainingID"))
            let activity = try req.content.decode(EvidenceForm.self).activity.flatMap(UUID.init(uuidString:))
            try await service(req).attach(training, forOrganization: org, to: activity)
            return try await req.redirect(
                to: SiteURL.organizationTraining(organization: .id(org), training: .id(training)).path,
                notice: "Обучение приложено к дорожной карте.")
        }
    }

    private func service(_ req: Request) throws -> TrainingService { TrainingService(scope: try req.scope()) }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(TrainingInput.self)
        return try await req.submit(
            {
                let training = try await service(req).create(in: req.id("municipalityID"), input)
                return try await req.redirect(
                    to: SiteURL.training(.id(try training.requireID())).path, notice: "Курс запланирован.")
            },
            form: { try await planPage(req, input: input, failure: $0) })
    }

    func update(req: Request) async throws -> Response {
        let input = try req.content.decode(TrainingInput.self)
        let id = try req.id("trainingID")
        return try await req.submit(
            {
                _ = try await service(req).update(id, input)
                return try await req.redirect(to: SiteURL.training(.id(id)).path, notice: "Сохранено.")
            },
            form: { try await trainingPage(req, input: input, session: .init(), failure: $0) })
    }

    func addSession(req: Request) async throws -> Response {
        let input = try req.content.decode(TrainingSessionInput.self)
        let id = try req.id("trainingID")
        return try await req.submit(
            {
                try await service(req).addSession(id, input)
                return try await req.redirect(to: SiteURL.training(.id(id)).path, notice: "Занятие добавлено.")
            },
            form: { try await trainingPage(req, input: nil, session: input, failure: $0) })
    }

    func register(req: Request) async throws -> Response {
        let (org, training) = (try req.id("organizationID"), try req.id("trainingID"))
        let people = try req.content.decode(PeopleForm.self).people ?? []
        return try await req.applyChange(
            {
                try await service(req).register(training, forOrganization: org, people)
                return (
                    SiteURL.organizationTraining(organization: .id(org), training: .id(training)).path,
                    "Запись на курс сохранена."
                )
            },
            page: { try await organizationPage(req, problem: $0) })
    }

    private func planPage(
        _ req: Request, input: TrainingInput, failure: ValidationFailure?
    ) async throws -> TrainingPlanContext {
        let id = try req.id("municipalityID")
        let (municipality, trainings, registered) = try await service(req).plan(id)
        let meta = req.pageMeta(
            "План обучения наставников", breadcrumbs: [Link("Муниципальные базы", .municipalBases)],
            scopeName: municipality.name)
        return try TrainingPlanContext(
            meta: meta, notice: req.notice, municipality: id, trainings: trainings, registered: registered,
            input: input, failure: failure)
    }

    private func trainingPage(
        _ req: Request, input: TrainingInput?, session: TrainingSessionInput, failure: ValidationFailure?
    ) async throws -> TrainingPageContext {
        let card = try await service(req).card(req.id("trainingID"))
        let meta = req.pageMeta(
            card.training.title, breadcrumbs: [Link("План обучения", .trainings(.id(card.training.$municipality.id)))],
            scopeName: card.municipality.name)
        return try TrainingPageContext(
            meta: meta, notice: req.notice, card: card, input: input, session: session, failure: failure)
    }

    private func organizationPage(_ req: Request, problem: String?) async throws -> View {
        let org = try req.id("organizationID")
        let card = try await service(req).card(req.id("trainingID"), forOrganization: org)
        let meta = req.pageMeta(
            card.training.title, breadcrumbs: [Link("Обучение наставников", .organizationTrainings(.id(org)))],
            scopeName: card.organization.shortName)
        return try await req.view.render(
            "organizations/training",
            try OrganizationTrainingContext(
                meta: meta, notice: req.notice, problem: problem, card: card, today: try req.scope().today))
    }
}
