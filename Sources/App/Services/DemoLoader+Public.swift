import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The demo's public sections: the school's regulation approved by an order, its group meeting of mentors and
/// mentees, the school's and the municipality's words and news, and one offer to mentor from an alumnus sent through
/// the school's form.
extension DemoLoader {
    func demoPublicSections(_ municipality: MunicipalityModel, school: OrganizationModel) async throws {
        let orders = OrderService(scope: scope)
        let approval = try await orders.create(
            in: try school.requireID(), input: OrderInput(kind: OrderKind.approveRegulation.rawValue))
        _ = try await orders.sign(
            try approval.requireID(), number: "98-о", date: scope.today.adding(days: -80).description, scan: nil)
        _ = try await EventService(scope: scope).create(
            in: try school.requireID(),
            MentoringEventInput(
                kind: MentoringEventKind.groupMeeting.rawValue, title: "Групповая встреча наставников и наставляемых",
                heldOn: scope.today.adding(days: -5).description, place: "Актовый зал"))
        let service = PublicSectionService(scope: scope)
        let schoolSection = PublicSectionOwner.organization(try school.requireID())
        let municipalSection = PublicSectionOwner.municipality(try municipality.requireID())
        _ = try await service.save(
            schoolSection,
            PublicSectionInput(
                intro: "В школе работает система наставничества: опытные педагоги помогают молодым коллегам, "
                    + "старшеклассники — младшим ученикам.",
                contacts: "Куратор наставничества: заместитель директора по учебно-воспитательной работе.\n"
                    + "Телефон: +7 (39167) 9-11-01, электронная почта: nastavnik@dzschool1.example.ru"))
        _ = try await service.save(
            municipalSection,
            PublicSectionInput(
                intro: "Управление образования координирует наставничество в школах, детских садах и техникуме района.",
                contacts: "Муниципальный методический центр: +7 (39167) 9-00-00"))
        let news = [
            (schoolSection, "Стартовала программа наставничества", -40),
            (schoolSection, "Групповая встреча наставников и наставляемых", -5),
            (municipalSection, "Открыт конкурс «Наставник года»", -12),
        ]
        for (owner, title, days) in news {
            _ = try await service.addNews(
                owner,
                NewsInput(
                    title: title, body: "Подробности — у куратора наставничества.",
                    publishedOn: scope.today.adding(days: days).description))
        }
        var offer = MentorApplicationInput()
        (offer.surname, offer.givenName, offer.patronymic) = ("Лебедев", "Андрей", "Викторович")
        (offer.kind, offer.workplace, offer.alumnus) = ("employee", "инженер, АО «Дзержинский агрокомплекс»", "on")
        (offer.email, offer.offer, offer.consent) = (
            "lebedev@example.ru", "Профориентация, проекты по технологии", "on"
        )
        _ = try await MentorApplicationService(scope: scope).submit(
            to: try school.requireID(), offer, address: "127.0.0.1")
    }
}
