import Foundation
import MentoringCore
import Persistence

/// The lists behind the figures as the tables of a list page: the wording and the links of each list.
struct IndicatorListTables {
    let lists: IndicatorLists

    private static let unnamed = "Участник без действующего согласия"

    func people(
        _ measure: PeopleMeasure, _ filter: MonitoringRepository.Filter, title: String
    ) async throws -> TablePage.Table {
        let rows = try await lists.people(measure, filter).map { person in
            TablePage.Row(cells: [
                .init(
                    person.details?.fullName ?? Self.unnamed,
                    url: person.opens ? SiteURL.person(.id(person.id)).path : nil),
                .init(person.organization), .init(person.details.map(BaseRows.role) ?? ""),
                .init(person.age.map(String.init) ?? ""),
            ])
        }
        let reference = lists.queries.rules.referenceDate.russian
        return .init(
            title: title, columns: ["ФИО", "Организация", "Класс, должность", "Полных лет на \(reference)"],
            rows: rows, empty: "Никого: показатель равен нулю.")
    }

    func answers(_ key: String, _ filter: MonitoringRepository.Filter, title: String) async throws -> TablePage.Table {
        let rows = try await lists.answers(key, filter).map { answer in
            TablePage.Row(cells: [
                .init(answer.organization), .init(answer.survey), .init(MeetingClock.russian(answer.submittedAt)),
                .init("\(answer.mark) из \(answer.scaleMax)"),
                answer.satisfied ? .init("удовлетворён", status: "done") : .init("ниже порога", status: "overdue"),
            ])
        }
        let threshold = lists.queries.rules.threshold.text
        return .init(
            title: title,
            columns: ["Организация", "Анкетирование", "Ответ получен", "Общая оценка", "Порог \(threshold)"],
            rows: rows, empty: "Ответов на анкету удовлетворённости за этот период нет.")
    }

    func requests(_ filter: MonitoringRepository.Filter, title: String) async throws -> TablePage.Table {
        let rows = try await lists.requests(filter).map { request in
            TablePage.Row(cells: [
                .init(
                    request.name ?? Self.unnamed,
                    url: request.opens ? SiteURL.menteeProfile(.id(request.profile)).path : nil),
                .init(request.organization), .init(request.form.title), .init(request.waitingSince.russian),
                .init(request.status.title, status: request.status == .inBase ? "planned" : "done"),
            ])
        }
        return .init(
            title: title, columns: ["Наставляемый", "Организация", "Форма", "В очереди с", "Состояние"], rows: rows,
            empty: "Запросов наставляемых за этот период нет.")
    }

    func pairs(
        _ filter: MonitoringRepository.Filter, onlyTerminated: Bool = false, title: String
    ) async throws -> TablePage.Table {
        let rows = try await lists.pairs(filter, onlyTerminated: onlyTerminated).map { pair in
            TablePage.Row(cells: [
                .init(pair.mentor, url: pair.opens ? SiteURL.mentorship(.id(pair.id)).path : nil),
                .init(pair.mentees), .init(pair.organization), .init(pair.form.title),
                .init(pair.status.title, status: pair.status.rawValue), .init(String(pair.meetingsHeld)),
                .init(pair.rating?.oneDecimal ?? "—"),
                .init(pair.tasks.map { "\($0.done) из \($0.total)" } ?? "нет плана"),
                .init(pair.terminationReason?.title ?? ""),
            ])
        }
        return .init(
            title: title,
            columns: [
                "Наставник", "Наставляемые", "Организация", "Форма", "Статус", "Встреч проведено", "Оценка встреч",
                "Задачи плана выполнены", "Причина прекращения",
            ], rows: rows, empty: "Пар нет.")
    }

    func overdueCheckpoints(_ organizationIDs: [UUID], title: String) async throws -> TablePage.Table {
        guard !organizationIDs.isEmpty else { return .init(title: title, columns: [], rows: [], empty: "Нет.") }
        let rows = try await lists.overdueCheckpoints(organizationIDs).map { item in
            TablePage.Row(cells: [
                .init(item.organization),
                .init(
                    item.checkpoint.number + " " + item.checkpoint.title,
                    url: SiteURL.roadmap(.id(item.checkpoint.roadmap)).path + "?filter=overdue"),
                .init(item.checkpoint.due), .init(item.checkpoint.dueEnd?.russian ?? "", status: "overdue"),
            ])
        }
        return .init(
            title: title, columns: ["Организация", "Контрольная точка", "Срок по дорожной карте", "Просрочена с"],
            rows: rows, empty: "Просроченных контрольных точек нет.")
    }
}
