import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Signing: the number and date make the order valid and move what it covers forward.
extension OrderService {
    func sign(_ id: UUID, number: String?, date: String?, scan: ScanUpload?) async throws -> OrderModel {
        let (order, org, access) = try await find(id)
        try access.requireManagement()
        if order.isSigned {
            throw ValidationFailure(fields: [
                "number": "Приказ уже подписан: \(order.reference). Повторно подписать нельзя."
            ])
        }
        // Without a number typed, the organization's pattern gives the next one of the year.
        var number = number
        if number?.trimmingCharacters(in: .whitespaces).isEmpty ?? true { number = try await suggestedNumber(in: org) }
        let signature = try OrderSignature.validated(number: number, date: date, today: scope.today)
        if let scan, let problem = ConsentService.problem(with: scan) {
            throw ValidationFailure(fields: ["scan": problem])
        }
        let reused = try await OrderModel.query(on: scope.db).filter(\.$organization.$id == (try org.requireID()))
            .filter(\.$signedYear == signature.date.year).filter(\.$number == signature.number).first()
        if let reused {
            throw ValidationFailure(fields: [
                "number": "Номер \(signature.number) уже занят в \(signature.date.year) году: «\(reused.title)»."
            ])
        }
        do {
            try await scope.db.atomically { db in
                try await signOnce(order, signature: signature, scan: scan, organization: org, access: access, on: db)
            }
        } catch let error where DatabaseContention(error) == .duplicate {
            throw ValidationFailure(fields: [
                "number": "Номер \(signature.number) только что занят другим приказом \(signature.date.year) года."
            ])
        }
        return order
    }

    /// The signature written once: the first write claims the draft, so of two signings at once the second finds
    /// the order signed; a number taken at the same moment by another order breaks the unique key and is named.
    private func signOnce(
        _ order: OrderModel, signature: OrderSignature, scan: ScanUpload?,
        organization org: OrganizationModel, access: OrganizationAccess,
        on db: any Database
    ) async throws {
        let id = (try order.requireID())
        let claimed = try await GuardedUpdate(
            table: OrderModel.schema, id: id,
            set: [("status", OrderStatus.signed.rawValue)],
            when: [("status", OrderStatus.draft.rawValue)]
        ).run(on: db)
        guard claimed else { throw DomainError.conflict("Приказ уже подписан: повторно подписать нельзя.") }
        order.status = OrderStatus.signed
        order.number = signature.number
        order.signedOn = signature.date
        order.signedYear = signature.date.year
        order.signedAt = scope.now
        if let scan {
            order.scanName = scan.fileName
            order.scanType = scan.contentType
            order.scanData = scan.data
        }
        try await order.save(on: db)
        try await moveForward(order, on: db)
        if order.kind.approvesRegulation {
            try await RegulationService(scope: scope.on(db)).approve(by: order, organization: org, role: access.role)
        }
        try await AuditLog(scope: scope.on(db)).record(
            .update, .order, objectID: id, organizationID: org.id, role: access.role,
            fields: ["status", "number", "signed_on"] + (scan == nil ? [] : ["scan"]))
    }

    /// Pairs in a fixing or changing order become fixed; mentors of a registry order enter the registry.
    private func moveForward(_ order: OrderModel, on db: any Database) async throws {
        let scope = scope.on(db)
        switch order.kind {
        case .fixMentorships, .changeMentorships:
            let ids = order.items.compactMap { $0.$mentorship.id }
            let drafts = try await MentorshipModel.query(on: db).filter(\.$id ~~ ids).filter(
                \.$status == MentorshipStatus.draft
            ).all()
            let signed = order.signedOn ?? scope.today
            for mentorship in drafts {
                try mentorship.move(to: .fixed, on: signed)
                // A pair fixed after the program began runs from the order, not backdated to the program's start.
                if let start = mentorship.startsOn, start < signed { mentorship.startsOn = signed }
                try await mentorship.save(on: db)
                try await MentorshipService.record(
                    mentorship, from: .draft, to: .fixed, note: "Закреплена приказом \(order.reference).", scope: scope,
                    on: db)
            }
            let mentors = Set(drafts.map { $0.$mentor.id } + drafts.flatMap(\.coMentors))
            try await MentorProfileModel.query(on: db).filter(\.$id ~~ Array(mentors))
                .filter(\.$status ~~ [MentorProfile.Status.candidate, .registry])
                .set(\.$status, to: MentorProfile.Status.active).update()
        case .mentorRegistry:
            try await MentorProfileModel.query(on: db).filter(\.$id ~~ order.items.compactMap { $0.$mentor.id })
                .filter(\.$status == MentorProfile.Status.candidate)
                .set(\.$status, to: MentorProfile.Status.registry).set(\.$registryOrder, to: order.reference)
                .update()
        case .introduceModel, .approveRegulation, .appointCurator, .rewardMentors:
            break
        }
    }

    /// Roadmap activities of the organization that this signed order fulfils and that do not cite it yet.
    func roadmapSuggestions(_ order: OrderModel) async throws -> [RoadmapActivityModel] {
        guard order.isSigned else { return [] }
        let orderID = try order.requireID()
        let roadmaps = try await RoadmapModel.query(on: scope.db).filter(\.$organization.$id == order.$organization.id)
            .all()
        let activities = try await RoadmapActivityModel.query(on: scope.db).filter(
            \.$roadmap.$id ~~ roadmaps.map { try $0.requireID() }
        )
        .filter(\.$deliverableKind == DeliverableKind.order).with(\.$evidence).all()
        return activities.filter { activity in
            order.kind.fulfils(activityTitle: activity.title, deliverable: activity.deliverable)
                && !activity.evidence.contains { $0.object == .order(orderID) }
        }
    }

    /// Attaches the order page as evidence to the suggested activity.
    func attach(_ id: UUID, to activityID: UUID) async throws {
        let (order, _, access) = try await find(id)
        try access.requireManagement()
        guard let activity = try await roadmapSuggestions(order).first(where: { $0.id == activityID }) else {
            throw DomainError.notFound
        }
        try await RoadmapService(scope: scope).addEvidence(
            to: activityID, in: activity.$roadmap.id,
            EvidenceInput(
                title: "", link: nil, file: nil,
                page: .init(title: "Приказ \(order.reference) «\(order.title)»", object: .order(id))))
    }
}
