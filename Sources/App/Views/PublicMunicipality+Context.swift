import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A municipality's public section (`public/municipality.leaf`): its organizations with their pages and counts, the
/// published cases of its base, its training plan, contests and news.
struct PublicMunicipalityContext: Encodable, Sendable {
    struct Organization: Encodable, Sendable {
        var url: String
        var name: String
        var mentors: Int
        var mentees: Int
        var pairs: Int
    }

    struct Dated: Encodable, Sendable {
        var title: String
        var dates: String
    }

    var meta: PageMeta
    var name: String
    var authorityName: String?
    var intro: [String]
    var contacts: [String]
    var figures: [Fact]
    var organizations: [Organization]
    var practices: [PublicPracticeRow]
    var trainings: [Dated]
    var contests: [Dated]
    var winners: [Fact]
    var news: [PublicNewsRow]
    var feeds: PublicFeeds

    init(meta: PageMeta, page: PublicMunicipality) throws {
        let id = try page.municipality.requireID()
        self.meta = meta
        (name, authorityName) = (page.municipality.name, page.authorityName)
        intro = PublicOrganizationContext.lines(page.section.intro)
        contacts = PublicOrganizationContext.lines(page.section.contacts)
        figures = PublicFigures.facts(page.total, year: page.year)
        organizations = try page.organizations.map {
            Organization(
                url: SiteURL.publicOrganization(.id(try $0.organization.requireID())).path,
                name: $0.organization.shortName, mentors: $0.counts.mentors, mentees: $0.counts.mentees,
                pairs: $0.counts.pairs)
        }
        practices = try page.practices.map(PublicPracticeRow.init)
        trainings = page.trainings.map {
            Dated(
                title: "\($0.title) (\($0.provider), \($0.hours) ч)",
                dates: "\($0.startsOn.russian) — \($0.endsOn.russian)")
        }
        contests = page.contests.map {
            Dated(
                title: $0.title,
                dates: $0.closedAt == nil
                    ? "заявки до \($0.applicationsUntil.russian), оценка до \($0.scoringUntil.russian)"
                    : "итоги подведены")
        }
        winners = page.winners.map {
            Fact(
                label: "\($0.contest), «\($0.nomination)», \($0.place) место",
                value: [$0.name ?? "наставник", $0.organization].joined(separator: ", "))
        }
        news = page.news.map(PublicNewsRow.init)
        feeds = PublicFeeds(.municipality(id))
    }
}

/// A published case of best practice (`public/practice.leaf`): its text, public only while every person it names
/// consents to publication.
struct PublicPracticeContext: Encodable, Sendable {
    var meta: PageMeta
    var organization: String
    var organizationURL: String
    var facts: [Fact]
    var sections: [Fact]

    init(meta: PageMeta, practice: BestPracticeModel, organization org: OrganizationModel) throws {
        self.meta = meta
        organization = org.fullName
        organizationURL = SiteURL.publicOrganization(.id(try org.requireID())).path
        facts = [
            Fact(label: "Форма наставничества", value: practice.form.title),
            Fact(label: "Ролевая модель", value: practice.roleModel ?? ""),
            Fact(label: "Запрос", value: practice.theme),
        ]
        sections = [
            Fact(label: "Проблема", value: practice.problem), Fact(label: "Что сделано", value: practice.actions),
            Fact(label: "Результаты", value: practice.results), Fact(label: "Показатели", value: practice.indicators),
        ]
    }
}
