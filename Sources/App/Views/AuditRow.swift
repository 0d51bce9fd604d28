import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// One audit entry as the pages show it.
struct AuditRow: Encodable {
    var at: String
    var actor: String
    var role: String
    var action: String
    var object: String
    var fields: String
    var personURL: String?
    var clientAddress: String?

    init(_ entry: AuditEntryModel, names: [UUID: String]) {
        at = AuditWording.moment(entry.at)
        actor = AuditWording.actor(entry.actor)
        role = Role(rawValue: entry.role)?.title ?? entry.role
        action = AuditAction(rawValue: entry.action)?.title ?? entry.action
        let kind = AuditObject(rawValue: entry.objectKind)?.title ?? entry.objectKind
        object = entry.personID.flatMap { names[$0] }.map { "\(kind): \($0)" } ?? kind
        fields = AuditWording.fields(entry.fields)
        personURL = entry.personID.map { SiteURL.person(.id($0)).path }
        clientAddress = entry.clientAddress
    }
}
