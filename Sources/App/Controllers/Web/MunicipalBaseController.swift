import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// What an authority keeps by the municipal order: the curators of all organizations and the mentors — from teachers,
/// from enterprises, from students — and those offered to other organizations. Only people with a valid consent.
/// Also the participant's own page of questionnaires to answer.
struct MunicipalBaseController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.municipalBases, use: bases)
        routes.get(.mySurveys, use: mySurveys)
    }

    func bases(req: Request) async throws -> View {
        let scope = try req.scope()
        let organizations = try await OrganizationDirectory(scope: scope).accessible().filter {
            $0.access.namesNeedConsent || scope.user.isAdministrator
        }
        guard !organizations.isEmpty else { throw Abort(.notFound) }
        let ids = organizations.map { $0.organization.id! }
        let names = Dictionary(
            uniqueKeysWithValues: organizations.map { ($0.organization.id!, $0.organization.shortName) })
        var curators: [TablePage.Row] = []
        for account in try await AccountModel.query(on: req.db).all() {
            let user = try await AccountService.currentUser(account, on: req.db)
            for grant in user.grants where grant.role == .curator {
                if case .organization(let id) = grant.scope, let name = names[id.rawValue] {
                    curators.append(.init(cells: [.init(user.displayName), .init(name)]))
                }
            }
        }
        curators.sort { ($0.cells[1].text, $0.cells[0].text) < ($1.cells[1].text, $1.cells[0].text) }
        let profiles = try await MentorProfileModel.query(on: req.db).filter(\.$organization.$id ~~ ids)
            .with(\.$person).with(\.$program).sort(\.$createdAt).all().sorted {
                $0.person.searchKey < $1.person.searchKey
            }
        let consents = try await ConsentLookup(db: req.db).consents(of: profiles.map { $0.$person.id })
        let listed = profiles.filter { profile in
            let person = profile.person
            return Eligibility.mayEnterBase(
                person.value,
                consents: consents[person.id!] ?? [], on: scope.today)
        }
        try await AuditLog(scope: scope).record(.list, .mentorBase, role: scope.user.mainRole)
        func rows(_ filter: (MentorProfileModel) -> Bool) -> [TablePage.Row] {
            listed.filter(filter).map { profile in
                let p = profile.value
                return .init(cells: [
                    .init(profile.person.details.fullName), .init(names[profile.$organization.id] ?? ""),
                    .init(BaseRows.role(profile.person.details)), .init(p.competencies.joined(separator: "; ")),
                    .init(p.status.title, status: p.status.rawValue),
                ])
            }
        }
        let columns = ["ФИО", "Организация", "Должность, класс", "Компетенции", "Статус"]
        func has(_ category: Person.Category) -> (MentorProfileModel) -> Bool {
            { $0.person.details.categories.contains(category) }
        }
        let municipalities = Set(organizations.map { $0.organization.$municipality.id }).sorted()
        return try await req.view.render(
            "table",
            TablePage(
                meta: req.pageMeta("Муниципальные базы"),
                intro:
                    "Базы данных муниципалитета по форме приказа: кураторы, наставники из числа педагогов, предприятий и обучающихся.",
                actions: municipalities.flatMap {
                    [
                        Link("Справочники муниципалитета", .municipalVocabularies(.id($0))),
                        Link("Подбор пар по муниципалитету", .municipalMatching(.id($0))),
                    ]
                },
                tables: [
                    .init(
                        title: "Кураторы внедрения целевой модели", columns: ["Куратор", "Организация"], rows: curators,
                        empty: "Кураторы не назначены."),
                    .init(
                        title: "Наставники из числа педагогов", columns: columns,
                        rows: rows { has(.teacher)($0) || has(.head)($0) }, empty: "Нет."),
                    .init(
                        title: "Наставники из числа предприятий и организаций", columns: columns,
                        rows: rows(has(.employerRepresentative)), empty: "Нет."),
                    .init(
                        title: "Наставники из числа обучающихся и студентов", columns: columns,
                        rows: rows { has(.student)($0) || has(.universityStudent)($0) }, empty: "Нет."),
                    .init(
                        title: "Готовы работать с другими организациями", columns: columns,
                        rows: rows { $0.offeredToOthers }, empty: "Нет."),
                ]))
    }

    /// The signed-in participant's open invitations, and a legal representative's children's: the same personal
    /// links the curator sends.
    func mySurveys(req: Request) async throws -> View {
        let surveys = try await ParticipantService(scope: req.scope()).surveys()
        return try await req.view.render(
            "surveys/mine", MySurveysContext(meta: req.pageMeta("Мои анкеты"), surveys: surveys))
    }
}
