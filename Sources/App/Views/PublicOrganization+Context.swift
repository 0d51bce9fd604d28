import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The figures a public section shows: counts only, and shares of answers as whole per cent.
enum PublicFigures {
    static func facts(_ counts: OrganizationCounts, year: Int) -> [Fact] {
        var facts = [
            Fact(label: "Наставников в \(year) году", value: "\(counts.mentors)"),
            Fact(label: "Наставляемых", value: "\(counts.mentees)"),
            Fact(label: "Наставнических пар и групп", value: "\(counts.pairs)"),
            Fact(label: "Проведено встреч", value: "\(counts.meetingsHeld)"),
            Fact(
                label: "Мероприятий дорожной карты выполнено", value: "\(counts.activitiesDone) из \(counts.activities)"
            ),
        ]
        if counts.menteeAnswers > 0 {
            facts.append(
                Fact(
                    label: "Наставляемых довольны наставничеством",
                    value: "\(counts.satisfiedMentees * 100 / counts.menteeAnswers) %"))
        }
        return facts
    }
}

/// The links every public section offers a school's site: its feeds and the page's own address.
struct PublicFeeds: Encodable, Sendable {
    var atom: String
    var rss: String
    var json: String

    init(_ owner: PublicSectionOwner) {
        (atom, rss, json) = (owner.feed(.atom).path, owner.feed(.rss).path, owner.feed(.json).path)
    }
}

/// A published case in a list: its page, title, form and theme.
struct PublicPracticeRow: Encodable, Sendable {
    var url: String
    var title: String
    var form: String
    var theme: String

    init(_ practice: BestPracticeModel) throws {
        url = SiteURL.publicPractice(.id(try practice.requireID())).path
        (title, form, theme) = (practice.title, practice.form.title, practice.theme)
    }
}

/// A piece of news as the public pages print it: paragraphs of plain text.
struct PublicNewsRow: Encodable, Sendable {
    var title: String
    var date: String
    var paragraphs: [String]

    init(_ news: NewsModel) {
        (title, date) = (news.title, news.publishedOn.russian)
        paragraphs = news.body.split(whereSeparator: \.isNewline).map(String.init)
    }
}

/// An organization's public section «Целевая модель наставничества» (`public/organization.leaf`).
struct PublicOrganizationContext: Encodable, Sendable {
    struct Activity: Encodable, Sendable {
        var number: String
        var title: String
        var due: String
        var status: String
    }

    struct Order: Encodable, Sendable {
        var number: String
        var date: String
        var kind: String
    }

    struct Event: Encodable, Sendable {
        var title: String
        var kind: String
        var date: String
        var place: String?
    }

    var meta: PageMeta
    var name: String
    var address: String?
    var siteURL: String?
    var intro: [String]
    var contacts: [String]
    var municipalityURL: String
    var forms: [String]
    var programs: [Fact]
    var figures: [Fact]
    var regulationURL: String?
    var roadmap: [Activity]
    var orders: [Order]
    var practices: [PublicPracticeRow]
    var events: [Event]
    var rewards: [Fact]
    var news: [PublicNewsRow]
    var feeds: PublicFeeds
    var applyURL: String
    var pageURL: String
    var qrURL: String

    init(meta: PageMeta, page: PublicOrganization, appURL: String) throws {
        let org = page.organization
        let id = try org.requireID()
        self.meta = meta
        (name, address, siteURL) = (org.fullName, org.address, org.siteURL)
        intro = Self.lines(page.section.intro)
        contacts = Self.lines(page.section.contacts)
        municipalityURL = SiteURL.publicMunicipality(.id(org.$municipality.id)).path
        forms = page.forms.map(\.title)
        programs = page.programs.map {
            Fact(label: $0.title, value: "\($0.periodStart.russian) — \($0.periodEnd.russian)")
        }
        figures = PublicFigures.facts(page.counts, year: page.year)
        regulationURL = page.regulationApproved ? SiteURL.publicRegulation(.id(id)).path : nil
        roadmap = page.roadmap.map {
            Activity(number: $0.number, title: $0.title, due: $0.due, status: $0.status.title)
        }
        orders = page.orders.map {
            Order(number: $0.number ?? "—", date: $0.signedOn?.russian ?? "—", kind: $0.kind.title)
        }
        practices = try page.practices.map(PublicPracticeRow.init)
        events = page.events.map {
            Event(title: $0.title, kind: $0.kind.title, date: $0.heldOn.russian, place: $0.place)
        }
        rewards = page.rewards.map { reward in
            let more = RussianCount.phrase(reward.others, "наставник", "наставника", "наставников")
            let others = reward.others == 0 ? [] : ["ещё \(more)"]
            return Fact(
                label: "\(reward.kind.title), \(reward.date.russian)",
                value: (reward.named + others).joined(separator: ", "))
        }
        news = page.news.map(PublicNewsRow.init)
        feeds = PublicFeeds(.organization(id))
        applyURL = SiteURL.mentorApplication(.id(id)).path
        pageURL = appURL + SiteURL.publicOrganization(.id(id)).path
        qrURL = SiteURL.publicOrganizationQR(.id(id)).path
    }

    /// Text a person typed, as paragraphs.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
