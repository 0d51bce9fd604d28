import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A new order as the form or the API sends it; empty texts take the kind's defaults.
struct OrderInput: Codable, Sendable {
    var kind: String?
    var program: String?
    var title: String?
    var grounds: String?
    /// One operative point per line.
    var points: String?
    /// A reward order: how it rewards (`RewardKind`, a letter of thanks by default) and, if not all of the program's
    /// mentors with completed pairs, which of them (mentor profile ids).
    var rewardKind: String?
    var mentors: [String]?
}

/// The orders registry of an organization: drafts made from the program's data, signed with a number and a date.
struct OrderService {
    let scope: RequestScope

    func registry(
        _ organizationID: UUID
    ) async throws -> (
        organization: Organization, access: OrganizationAccess, orders: [OrderSummary], numbering: String?
    ) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let orders = try await OrderModel.query(on: scope.db).filter(\.$organization.$id == organizationID).sort(
            \.$createdAt, .descending
        ).all()
        return (try org.value, access, try orders.map { try $0.summary }, org.orderNumbering)
    }

    func find(_ id: UUID) async throws -> (OrderModel, OrganizationModel, OrganizationAccess) {
        guard
            let order = try await OrderModel.query(on: scope.db).filter(\.$id == id).with(\.$items).with(\.$program)
                .first()
        else { throw DomainError.notFound }
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(order.$organization.id)
        guard access.readsAll else { throw DomainError.notFound }
        return (order, org, access)
    }

    /// The order as the DOCX people sign, drawn from the organization's order template, with its file name; the
    /// download is audited.
    func document(_ id: UUID) async throws -> (Data, String) {
        let (order, org, access) = try await find(id)
        let document = try await OrderContents(scope: scope).document(order, organization: org)
        let template = try await DocumentTemplateService(scope: scope).template(
            for: org, kind: .order)
        let data = try document.docx(template: template)
        try await AuditLog(scope: scope).record(
            .download, .order, objectID: order.id, organizationID: org.id, role: access.role)
        return (data, "Приказ \(order.number ?? "проект")")
    }

    /// A draft order with what it covers: the program's draft pairs (or changed and ended pairs, or its mentors).
    /// A pair whose participant has no valid consent stops the order: nothing is saved.
    func create(in organizationID: UUID, input: OrderInput) async throws -> OrderModel {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        var failure = ValidationFailure()
        let kind = input.kind.flatMap(OrderKind.init(rawValue:))
        if kind == nil { failure.add("kind", "Выберите вид приказа.") }
        var program: ProgramModel?
        if let raw = input.program?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let id = UUID(uuidString: raw) { program = try await ProgramModel.find(id, on: scope.db) }
            if program?.$organization.id != organizationID {
                program = nil
                failure.add("program", "Программа не найдена.")
            }
        } else if kind?.needsProgram ?? true {
            failure.add("program", "Выберите программу наставничества.")
        }
        let typedReward = input.rewardKind.flatMap { $0.isEmpty ? nil : $0 }
        let rewardKind =
            kind == .rewardMentors ? typedReward.map { RewardKind(rawValue: $0) } ?? .organizationThanks : nil
        if kind == .rewardMentors && rewardKind == nil { failure.add("rewardKind", "Выберите вид поощрения.") }
        try failure.throwIfAny()
        let all = try await OrderContents(scope: scope).items(for: kind!, program: program)
        let items: [OrderItemModel]
        if let rewardKind {
            items = try await RewardService(scope: scope).chosen(all, input.mentors, for: rewardKind, access: access)
        } else {
            items = all
        }
        let order = OrderModel()
        order.$organization.id = organizationID
        order.$program.id = program?.id
        order.kind = kind!
        order.title = Self.text(input.title) ?? kind!.title
        order.grounds = Self.text(input.grounds) ?? OrderKind.federalGrounds
        let curator = scope.user.displayName
        order.points =
            Self.text(input.points).map {
                $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            ?? rewardKind.map { [$0.orderPoint(program: program?.title ?? ""), OrderKind.controlPoint] }
            ?? kind!.defaultPoints(
                program: program?.title ?? "",
                period: program.map { OrderContents.period($0, today: scope.today) } ?? "",
                curator: curator)
        order.status = OrderStatus.draft
        order.rewardKind = rewardKind
        order.createdBy = scope.user.displayName
        order.createdAt = scope.now
        try await scope.db.atomically { db in
            try await order.create(on: db)
            for item in items {
                item.$order.id = (try order.requireID())
                try await item.create(on: db)
            }
            try await AuditLog(scope: scope.on(db)).record(
                .create, .order, objectID: order.id, organizationID: org.id, role: access.role,
                fields: ["kind", "title", "items"])
        }
        return order
    }

    private static func text(_ value: String?) -> String? {
        guard let text = value?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
