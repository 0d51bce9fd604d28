import Foundation
import MentoringCore

/// A staff member's home page (`dashboard.leaf`): a card per part of the work, then the roadmaps' deadlines.
struct DashboardContext: Encodable, Sendable {
    struct Card: Encodable, Sendable {
        var title: String
        var value: String?
        var text: String
        var url: String?
    }

    var meta: PageMeta
    var cards: [Card]
    var deadlines: RoadmapDeadlines

    init(meta: PageMeta, home: StaffHome, deadlines: RoadmapDeadlines) {
        self.meta = meta
        self.deadlines = deadlines
        let single = home.single.map { Slot.id($0.id) }
        cards = [
            Card(
                title: single == nil ? "Организации" : "Организация",
                value: single == nil ? String(home.organizations) : nil,
                text: home.single?.name ?? "Доступные вам образовательные организации.",
                url: single.map { SiteURL.organization($0).path } ?? SiteURL.organizations.path),
            Card(
                title: "Участники", value: String(home.people),
                text: "Наставники, наставляемые и кандидаты с их согласиями.",
                url: single.map { SiteURL.people($0).path }),
            Card(
                title: "Без действующего согласия", value: String(home.withoutConsent),
                text: "Их данные не обрабатываются, пока согласие не получено или не продлено.",
                url: single.map { SiteURL.people($0).path + "?consent=missing" }),
            Card(
                title: "Программы наставничества", value: String(home.runningPrograms),
                text: home.runningPrograms == 0
                    ? "Создайте программу: в ней базы наставников и наставляемых, подбор и пары."
                    : "Идут сейчас: базы, подбор пар, пары и встречи.",
                url: single.map { SiteURL.programs($0).path }),
            Card(
                title: "Дорожная карта", value: deadlines.overdueCount == 0 ? nil : String(deadlines.overdueCount),
                text: deadlines.summary, url: SiteURL.roadmaps.path),
            Card(
                title: "Риски пар", value: String(home.pairsAtRisk),
                text: home.pairsAtRisk == 0
                    ? "Все пары встречаются в ритме."
                    : "Пары без встреч, без обратной связи или с просроченными задачами.",
                url: home.latestProgram.map { SiteURL.mentorships(.id($0)).path }),
            Card(
                title: "Приказы на подпись", value: String(home.draftOrders),
                text: "Проекты приказов, которые ждут подписи руководителя.",
                url: single.map { SiteURL.orders($0).path }),
            Card(
                title: "Мониторинг", value: nil,
                text: "Показатели программ и муниципалитета с формулами, целями и списками за каждым числом.",
                url: SiteURL.monitoring.path),
        ]
    }
}
